package jp.or.jrs.renewal.job;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.support.InputFileException;

/**
 * Runs the subcommand named on the command line ({@link CommandLine} puts its name first) and keeps its
 * exit status for {@code SpringApplication.exit}.
 */
@Component
public class CommandDispatcher implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private final RunLock runLock;

	private int exitCode = ExitCodes.UNEXPECTED;

	public CommandDispatcher(List<Command> commands, RunLock runLock) {
		this.commands = commands;
		this.runLock = runLock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		List<String> words = args.getNonOptionArgs();
		String name = words.get(0);
		try {
			Command command = this.commands.stream()
				.filter(c -> c.names().contains(name))
				.findFirst()
				.orElseThrow(() -> new UsageException("unknown command '" + name + "'"));
			if (command.changesTheDatabase()) {
				this.runLock.acquire();
			}
			this.exitCode = command.run(name, words.subList(1, words.size()), args);
		}
		catch (UsageException | InputFileException ex) {
			System.err.println("renewal-credits: " + ex.getMessage());
			this.exitCode = ExitCodes.BAD_USAGE;
		}
		catch (RunLock.HeldElsewhereException ex) {
			System.err.println("renewal-credits: " + ex.getMessage());
			this.exitCode = ExitCodes.BUSY;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
