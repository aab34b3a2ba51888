package jp.or.jrs.renewal.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.support.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a command's words: operands, its own options, Spring settings, and values that do not read. */
class InvocationTests {

	static Invocation parse(Command command, String... words) {
		return Invocation.parse(command, List.of(words), Path.of("jobs"));
	}

	@Test
	void readsOperandsOptionsAndSettings() {
		Invocation invocation = parse(Command.WITHDRAW, "a.csv", "--reason", "wrong meeting", "--by=yamada",
				"--renewal.chunk-size=5000");
		assertThat(invocation.operands()).containsExactly("a.csv");
		assertThat(invocation.option("reason")).contains("wrong meeting");
		assertThat(invocation.option("by")).contains("yamada");
		assertThat(invocation.springArguments()).contains("--renewal.chunk-size=5000", "--reason=wrong meeting",
				"--renewal.jobs=jobs");
	}

	@Test
	void convertsValuesAndRefusesThoseThatDoNotRead() {
		assertThat(parse(Command.STATUS, "--limit=3").option("limit", Integer.class)).contains(3);
		assertThatThrownBy(() -> parse(Command.STATUS, "--limit=x").option("limit", Integer.class))
			.isInstanceOf(RefusedException.class)
			.hasMessageStartingWith("--limit=x does not read as a whole number; usage: java -jar renewal-credits.jar status");
		assertThatThrownBy(() -> parse(Command.PURGE, "--keep").option("keep", Integer.class))
			.isInstanceOf(RefusedException.class).hasMessageStartingWith("--keep needs a value");
	}

	@Test
	void refusesOptionsTheCommandDoesNotTake() {
		assertThatThrownBy(() -> parse(Command.STATUS, "--limt=3")).isInstanceOf(RefusedException.class)
			.hasMessageStartingWith("unknown option '--limt' for status");
		assertThatThrownBy(() -> parse(Command.RUN, "--run.date=2026-11-24"))
			.hasMessageContaining("without the leading dashes");
		assertThatThrownBy(() -> parse(Command.GENERATE, "--renewal.chunk-size=5"))
			.as("generate opens no database and takes no settings").isInstanceOf(RefusedException.class);
		assertThat(parse(Command.CHECK, "r.csv", "--renewal.catalog-corrections=c.csv")
			.option("renewal.catalog-corrections")).contains("c.csv");
	}

	@Test
	void everyCommandHasAUniqueNameAUsageAndAHandler() {
		assertThat(Command.values()).extracting(Command::commandName).doesNotHaveDuplicates();
		for (Command command : Command.values()) {
			assertThat(Command.help(command)).startsWith("usage: java -jar renewal-credits.jar " + command.commandName());
			assertThat(command.handler()).isNotNull();
			assertThat(Command.named(command.commandName())).contains(command);
		}
		assertThat(Command.help(null)).contains("Exit statuses: 0 completed");
	}

}
