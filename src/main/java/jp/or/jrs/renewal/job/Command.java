package jp.or.jrs.renewal.job;

import java.util.List;

import org.springframework.boot.ApplicationArguments;

/** A subcommand that works on the job's database (run, restart, status…). */
public interface Command {

	/** The names it answers to on the command line. */
	List<String> names();

	/** Commands that change the database run one at a time ({@link RunLock}). */
	default boolean changesTheDatabase() {
		return true;
	}

	/**
	 * Runs the command.
	 * @param name the name it was called by
	 * @param operands the non-option arguments after the command's name
	 * @param args all arguments, for options
	 * @return the exit status, one of {@link ExitCodes}
	 */
	int run(String name, List<String> operands, ApplicationArguments args) throws Exception;

}
