package jp.or.jrs.renewal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import jp.or.jrs.renewal.admin.RosterCheckCommand;
import jp.or.jrs.renewal.bench.BenchmarkCommand;
import jp.or.jrs.renewal.generator.GenerateCommand;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.OutputLock;
import jp.or.jrs.renewal.job.RunLock;
import jp.or.jrs.renewal.job.UsageException;
import jp.or.jrs.renewal.support.InputFileException;

/**
 * The command line of the one executable jar. The first word names a subcommand; without one the jar
 * runs the night, so {@code java -jar renewal-credits.jar run.date=2026-11-24} keeps working (spec §7).
 * {@code check} and {@code generate} need no database and start no Spring context, so an organizer's
 * check never touches, or waits for, the night's database. Failures that happen before a command can
 * run (a rule file that does not read, a database another run holds) become exit statuses too.
 */
public final class CommandLine {

	public static final Map<String, String> USAGE = new LinkedHashMap<>();

	static {
		USAGE.put("run", """
				run [run.date=YYYY-MM-DD] [--input=DIR] [--output=DIR]
				    The nightly job (also what the jar does with no command). A new date starts a run; the date of a
				    run that failed or was killed resumes it where it stopped; a completed date changes nothing.""");
		USAGE.put("restart", """
				restart YYYY-MM-DD [--output=DIR]
				    Recovers the run of that date if its process was killed, then resumes it where it stopped.""");
		USAGE.put("status", """
				status [--limit=N] [--output=DIR]
				    The latest runs (default 10), newest first: state, steps, counts and durations.""");
		USAGE.put("rerun-step", """
				rerun-step YYYY-MM-DD STEP [--output=DIR]
				    Runs one step of a completed run again: catalog, members, credits or reports. The ledger is not
				    touched (rosters are corrected by sending them again, or withdrawn).""");
		USAGE.put("check", """
				check ROSTER.csv [run.date=YYYY-MM-DD] [--input=DIR] [--to=DIR]
				    The organizer's dry run: the night's validation of one roster file against the catalog and member
				    list in the input folder, as of run.date (default today), and the same reject report (written to
				    --to, default the current folder). Nothing is written to the database; it does not even open it.""");
		USAGE.put("withdraw", """
				withdraw FILE.csv --reason=TEXT [--by=NAME] [--output=DIR]
				    Removes everything one roster file contributed to the ledger, and records who, when and why; the
				    next run's reports show it. The same file content is not taken in again; a new version is.""");
		USAGE.put("ledger", """
				ledger [--member=ID] [--file=NAME] [--output=DIR]
				    The credits the ledger holds, as CSV on standard output: one member's, one roster file's, or all.""");
		USAGE.put("purge", """
				purge --keep=N [--output=DIR]
				    Deletes the job metadata of all but the latest N runs (the ledger is kept).""");
		USAGE.put("generate", """
				generate --to=DIR [--members=N] [--rows=N] [--files=N] [--bad-share=F] [--seed=N]
				         [--run-date=YYYY-MM-DD] [--all-certifications] [--catalog=FILE]
				    Writes a realistic input folder (members, certifications, rosters) for trials and benchmarks.""");
		USAGE.put("bench", """
				bench [--scales=1m,10m] [--data=bench/data] [--work=bench/work]
				    The benchmark (bench/run): generates and caches 1M- and 10M-row inputs, runs this jar on them as a
				    night runs, and prints per step wall time, rows/s, peak heap and database size.""");
	}

	/** The options each command takes; any command also takes Spring properties (renewal.*, spring.*, logging.*). */
	static final Map<String, List<String>> OPTIONS = Map.of("run", List.of("input", "output"), "restart",
			List.of("input", "output"), "status", List.of("limit", "output"), "rerun-step", List.of("input", "output"),
			"withdraw", List.of("reason", "by", "output"), "purge", List.of("keep", "output"), "check",
			List.of("input", "to"), "ledger", List.of("member", "file", "output"));

	private static final List<String> PROPERTY_PREFIXES = List.of("renewal.", "spring.", "logging.");

	private CommandLine() {
	}

	/** {@code --keep 5} as well as {@code --keep=5}: the command's own options may take their value apart. */
	static String[] joinOptionValues(String command, String[] args) {
		List<String> joined = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			boolean bare = arg.startsWith("--") && !arg.contains("=");
			if (bare && OPTIONS.getOrDefault(command, List.of()).contains(arg.substring(2)) && i + 1 < args.length
					&& !args[i + 1].startsWith("--")) {
				joined.add(arg + "=" + args[++i]);
			}
			else {
				joined.add(arg);
			}
		}
		return joined.toArray(String[]::new);
	}

	/** A mistyped option would otherwise be taken as a property nobody reads: refuse it. */
	static void checkOptions(String command, String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				continue;
			}
			String option = arg.substring(2, arg.contains("=") ? arg.indexOf('=') : arg.length());
			if (option.equals("run.date")) {
				throw new UsageException("write run.date=YYYY-MM-DD without the leading dashes");
			}
			if (!OPTIONS.get(command).contains(option) && PROPERTY_PREFIXES.stream().noneMatch(option::startsWith)) {
				throw new UsageException("unknown option '" + arg + "' for " + command + "; " + help(command));
			}
		}
	}

	public static int run(Class<?> application, String... args) {
		return run(new Class<?>[] { application }, args);
	}

	/** Runs with extra configuration sources (tests add fault injection this way). */
	public static int run(Class<?>[] sources, String... arguments) {
		String[] args = arguments;
		String command = (args.length > 0 && USAGE.containsKey(args[0])) ? args[0] : "run";
		if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			System.out.println(help(args.length > 0 && USAGE.containsKey(args[0]) ? args[0] : null));
			return ExitCodes.COMPLETED;
		}
		try {
			if (!command.equals("generate") && !command.equals("bench")) {
				args = joinOptionValues(command, args);
				checkOptions(command, args);
			}
			switch (command) {
				case "generate":
					return GenerateCommand.run(args);
				case "bench":
					return BenchmarkCommand.run(args);
				case "check":
					return RosterCheckCommand.run(Arrays.copyOfRange(args, 1, args.length));
				default:
					List<String> springArgs = new ArrayList<>(Arrays.asList(args));
					if (!command.equals(args.length > 0 ? args[0] : "")) {
						springArgs.add(0, command);
					}
					SpringApplication application = new SpringApplication(sources);
					// One command per output folder, decided as soon as the settings say which folder it is.
					application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> OutputLock
						.acquire(Path.of(event.getEnvironment().getProperty("renewal.output", "output"))));
					try {
						ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new));
						return SpringApplication.exit(context);
					}
					finally {
						OutputLock.release();
					}
			}
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Spring's build-time (AOT) processing starts the application only to capture its context.
			throw ex;
		}
		catch (Exception ex) {
			return exitCodeFor(ex);
		}
	}

	public static String help(String command) {
		if (command != null) {
			return "usage: java -jar renewal-credits.jar " + USAGE.get(command);
		}
		return "usage: java -jar renewal-credits.jar [COMMAND] [ARGUMENTS]\n\n" + String.join("\n\n", USAGE.values())
				+ "\n\nExit statuses: 0 completed, 2 bad usage, 3 completed with rejected rows, 4 nothing to do,\n"
				+ "5 failed (run the same command again to resume), 6 another run holds the database, 1 unexpected.\n"
				+ "COMMAND --help shows one command.";
	}

	static int exitCodeFor(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputFileException || cause instanceof UsageException) {
				System.err.println("renewal-credits: " + cause.getMessage());
				return ExitCodes.BAD_USAGE;
			}
			if (cause instanceof RunLock.HeldElsewhereException || cause instanceof OutputLock.HeldException) {
				System.err.println("renewal-credits: " + cause.getMessage());
				return ExitCodes.BUSY;
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
				System.err.println("renewal-credits: another run is using the database; wait for it to finish. "
						+ "Nothing was changed. (" + message + ")");
				return ExitCodes.BUSY;
			}
		}
		System.err.println("renewal-credits: could not run: " + failure.getMessage());
		return ExitCodes.UNEXPECTED;
	}

}
