package jp.or.jrs.renewal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionException;

import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RunDate;

/**
 * A command as typed: its operands (the words after its name) and its options, read the way Spring Boot
 * reads any command line ({@code --name=value}; {@code --name value} is taken too for the command's own
 * options). An option the command does not take is refused rather than silently ignored, and a value
 * that does not read is refused with the command's usage.
 *
 * @param jobs the folder of rule files and settings ({@link JobsFolder})
 */
public record Invocation(Command command, List<String> operands, ApplicationArguments arguments, Path jobs) {

	/** Reads the arguments that follow the command's name. */
	public static Invocation parse(Command command, List<String> words, Path jobs) {
		List<String> joined = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean bare = word.startsWith("--") && !word.contains("=");
			if (bare && command.options().contains(word.substring(2)) && i + 1 < words.size()
					&& !words.get(i + 1).startsWith("--") && !words.get(i + 1).contains("=")) {
				joined.add(word + "=" + words.get(++i));
			}
			else {
				joined.add(word);
			}
		}
		ApplicationArguments arguments = new DefaultApplicationArguments(joined.toArray(String[]::new));
		for (String option : arguments.getOptionNames()) {
			if (option.equals(RunDate.PARAMETER)) {
				throw new RefusedException("write run.date=YYYY-MM-DD without the leading dashes");
			}
			if (!command.takes(option)) {
				throw new RefusedException("unknown option '--" + option + "' for " + command.commandName() + "; "
						+ Command.help(command));
			}
		}
		return new Invocation(command, arguments.getNonOptionArgs(), arguments, jobs);
	}

	/** The arguments as given, for Spring: its properties ({@code --renewal.chunk-size=…}) and options. */
	String[] springArguments() {
		List<String> args = new ArrayList<>(List.of(this.arguments.getSourceArgs()));
		if (this.jobs != null && !this.arguments.containsOption(JobsFolder.OPTION)) {
			args.add("--" + JobsFolder.OPTION + "=" + this.jobs);
		}
		return args.toArray(String[]::new);
	}

	public Optional<String> option(String name) {
		List<String> values = this.arguments.getOptionValues(name);
		if (values == null) {
			return Optional.empty();
		}
		if (values.isEmpty()) {
			throw new RefusedException("--" + name + " needs a value: --" + name + "=…; " + Command.help(this.command));
		}
		return Optional.of(values.get(values.size() - 1));
	}

	public boolean flag(String name) {
		return this.arguments.containsOption(name);
	}

	/** An option converted to its type as Spring converts settings; a value that does not read is refused. */
	public <T> Optional<T> option(String name, Class<T> type) {
		return option(name).map(value -> {
			try {
				T converted = ApplicationConversionService.getSharedInstance().convert(value, type);
				if (converted == null) {
					throw new IllegalArgumentException(value);
				}
				return converted;
			}
			catch (ConversionException | IllegalArgumentException ex) {
				throw new RefusedException("--" + name + "=" + value + " does not read as " + describe(type) + "; "
						+ Command.help(this.command));
			}
		});
	}

	private static String describe(Class<?> type) {
		if (type == Integer.class || type == Long.class) {
			return "a whole number";
		}
		if (type == java.time.LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		return (type == Double.class) ? "a number" : "a " + type.getSimpleName();
	}

	public Path path(String name, String defaultPath) {
		return Path.of(option(name).orElse(defaultPath));
	}

	/** The one operand the command needs, or a refusal that says what it needs. */
	public String operand(String what) {
		if (this.operands.size() != 1) {
			throw new RefusedException(this.command.commandName() + " needs " + what + "; "
					+ Command.help(this.command));
		}
		return this.operands.get(0);
	}

	public void noOperands() {
		if (!this.operands.isEmpty()) {
			throw new RefusedException("unknown argument '" + this.operands.get(0) + "'; " + Command.help(this.command));
		}
	}

}
