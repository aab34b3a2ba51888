package jp.or.jrs.renewal.cli;

/**
 * The exit statuses of the command line, for schedulers to branch on (documented in the README).
 */
public final class ExitCodes {

	/** The run completed and no row was rejected. */
	public static final int COMPLETED = 0;

	/** Something unexpected stopped the program before the job could run (see the log). */
	public static final int UNEXPECTED = 1;

	/** Bad usage: unknown argument, bad run.date, missing input folder or file, unreadable rule file. */
	public static final int BAD_USAGE = 2;

	/** The run completed, and some rows (or whole roster files) were rejected: see the reject reports. */
	public static final int COMPLETED_WITH_REJECTS = 3;

	/** Nothing to do: this run.date has already completed; nothing was changed. */
	public static final int NOTHING_TO_DO = 4;

	/** The run failed; the same command resumes it where it stopped. */
	public static final int FAILED = 5;

	/** Another run is using the same database; nothing was changed. */
	public static final int BUSY = 6;

	private ExitCodes() {
	}

}
