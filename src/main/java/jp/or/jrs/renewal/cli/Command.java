package jp.or.jrs.renewal.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every command of the one jar, in the order {@code --help} lists them: its name, what it takes, what it
 * does, the options it reads, whether it opens the database, and the handler that runs it. Commands that
 * need no database start no Spring context: an organizer's {@code check} never waits for the night.
 */
public enum Command {

	RUN("run", "[run.date=YYYY-MM-DD] [--input=DIR] [--output=DIR]", """
			The nightly job (also what the jar does with no command). A new date starts a run; the date of a
			run that failed or was killed resumes it where it stopped; a completed date changes nothing.""",
			Database.CHANGES, RunCommand.class, "input", "output"),

	RESTART("restart", "YYYY-MM-DD [--input=DIR] [--output=DIR]", """
			Recovers the run of that date if its process was killed, then resumes it where it stopped.""",
			Database.CHANGES, RunCommand.class, "input", "output"),

	STATUS("status", "[--limit=N] [--output=DIR]", """
			The latest runs (default 10), newest first: state, steps, counts and durations.""", Database.READS,
			StatusCommand.class, "limit", "output"),

	RERUN_STEP("rerun-step", "YYYY-MM-DD STEP [--input=DIR] [--output=DIR]", """
			Runs one step of a completed run again: catalog, members, credits or reports. The ledger is not
			touched (rosters are corrected by sending them again, or withdrawn).""", Database.CHANGES,
			RerunStepCommand.class, "input", "output"),

	CHECK("check", "ROSTER.csv [run.date=YYYY-MM-DD] [--input=DIR] [--to=DIR]", """
			The organizer's dry run: the night's validation of one roster file against the catalog and member
			list in the input folder, as of run.date (default today), and the same reject report (written to
			--to, default the current folder). Nothing is written to the database; it does not even open it.""",
			Database.NONE, CheckCommand.class, "input", "to"),

	WITHDRAW("withdraw", "FILE.csv --reason=TEXT [--by=NAME] [--output=DIR]", """
			Removes everything one roster file contributed to the ledger, and records who, when and why; the
			next run's reports show it. The same file content is not taken in again; a new version is.""",
			Database.CHANGES, WithdrawCommand.class, "reason", "by", "output"),

	LEDGER("ledger", "[--member=ID] [--file=NAME] [--output=DIR]", """
			The credits the ledger holds, as CSV on standard output: one member's, one roster file's (both
			together: that member's in that file), or all.""", Database.READS, LedgerCommand.class, "member",
			"file", "output"),

	STATEMENT("statement", "[MEMBER_ID] [--renewing=YEAR] [--short] [--to=DIR] [--output=DIR]", """
			Member statements (one HTML page per member, printable on A4) from the database as the last night left
			it: one member's, those renewing in YEAR, those short of something, or both. Written to --to, default
			output/<last run date>/statements/.""", Database.READS, StatementCommand.class, "renewing", "short", "to",
			"output"),

	PURGE("purge", "--keep=N [--output=DIR]", """
			Deletes the job metadata of all but the latest N runs (the ledger is kept).""", Database.CHANGES,
			PurgeCommand.class, "keep", "output"),

	SERVE("serve", "[--server.port=8080] [--input=DIR] [--output=DIR]", """
			The organizers' portal (http://localhost:8080): organizers upload rosters and see every problem at once;
			the office sees every upload, the runs and any member's statement. While it runs it holds the database
			and runs the night itself, on renewal.portal.night-cron (02:00) or when the office asks.""",
			Database.CHANGES, ServeCommand.class, "input", "output"),

	ACCOUNT("account", """
			add USER --name=NAME [--role=organizer|office] [--meetings=M0001,M0004] | list |
			         meetings USER M0001,M0004 | password USER | disable USER [--output=DIR]""", """
			The portal's accounts: the office, and organizers limited to their meetings. A new account, or a new
			password, gets a random password printed once; passwords are kept only as hashes.""", Database.CHANGES,
			AccountCommand.class, "name", "role", "meetings", "output"),

	GENERATE("generate", """
			--to=DIR [--members=N] [--rows=N] [--files=N] [--bad-share=F] [--seed=N]
			         [--run-date=YYYY-MM-DD] [--all-certifications] [--catalog=FILE]""", """
			Writes a realistic input folder (members, certifications, rosters) for trials and benchmarks.""",
			Database.NONE, GenerateCommand.class, "to", "members", "rows", "files", "bad-share", "seed", "run-date",
			"all-certifications", "catalog"),

	BENCH("bench", """
			[--scales=1m,10m] [--rounds=3] [--data=bench/data] [--work=bench/work]
			         [--launcher=bin/renewal-credits | --jar=JAR] [--catalog=FILE]""", """
			The benchmark (bench/run): generates and caches 1M- and 10M-row inputs, runs the nights, the
			statements and the fixed cost of a command on them as users run them (bin/renewal-credits; a named
			--jar runs with java -jar), and prints wall times and their ratios to the read floor, rows/s, peak
			heap and database size.""", Database.NONE,
			BenchCommand.class, "scales", "rounds", "data", "work", "jar", "launcher", "catalog");

	/** What a command does with the database. */
	public enum Database {

		/** Opens none: no Spring context, no lock. */
		NONE,

		/** Reads it; on the embedded database it still needs the output folder to itself. */
		READS,

		/** Changes it: one such command at a time, also on PostgreSQL. */
		CHANGES

	}

	/** Spring settings any command that opens the database also takes: {@code --renewal.chunk-size=5000}. */
	static final List<String> PROPERTY_PREFIXES = List.of("renewal.", "spring.", "logging.", "server.");

	private final String name;

	private final String synopsis;

	private final String description;

	private final Database database;

	private final Class<? extends CommandHandler> handler;

	private final List<String> options;

	Command(String name, String synopsis, String description, Database database,
			Class<? extends CommandHandler> handler, String... options) {
		this.name = name;
		this.synopsis = synopsis;
		this.description = description;
		this.database = database;
		this.handler = handler;
		this.options = List.of(options);
	}

	public static Optional<Command> named(String name) {
		return Arrays.stream(values()).filter(command -> command.name.equals(name)).findFirst();
	}

	public String commandName() {
		return this.name;
	}

	public Database database() {
		return this.database;
	}

	public Class<? extends CommandHandler> handler() {
		return this.handler;
	}

	/** The options of its own it reads (without {@code --}). */
	public List<String> options() {
		return this.options;
	}

	/** Whether {@code --option} is one this command takes. */
	boolean takes(String option) {
		boolean takesSettings = this.database != Database.NONE || this == CHECK;
		return this.options.contains(option)
				|| (takesSettings && PROPERTY_PREFIXES.stream().anyMatch(option::startsWith));
	}

	/** {@code run [run.date=YYYY-MM-DD] …} and what it does. */
	public String usage() {
		return this.name + " " + this.synopsis + "\n" + this.description.indent(4).stripTrailing();
	}

	/** The whole help text, or one command's. */
	public static String help(Command command) {
		if (command != null) {
			return "usage: java -jar renewal-credits.jar " + command.usage();
		}
		return "usage: java -jar renewal-credits.jar [COMMAND] [ARGUMENTS]\n\n"
				+ String.join("\n\n", Arrays.stream(values()).map(Command::usage).toList())
				+ "\n\nExit statuses: 0 completed, 2 bad usage, 3 completed with rejected rows, 4 nothing to do,\n"
				+ "5 failed (run the same command again to resume), 6 another run holds the database, 1 unexpected.\n"
				+ "COMMAND --help shows one command.";
	}

}
