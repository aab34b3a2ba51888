package jp.or.jrs.renewal.job;

import java.io.IOException;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import jp.or.jrs.renewal.generator.GenerateCommand;
import jp.or.jrs.renewal.support.InputFileException;

/**
 * Starts the application and turns what happened into an exit status, including failures that happen
 * before the job can start (a rule file that does not read, a database another run holds).
 */
public final class CommandLine {

	private CommandLine() {
	}

	public static int run(Class<?> application, String... args) {
		return run(new Class<?>[] { application }, args);
	}

	/** Runs with extra configuration sources (tests add fault injection this way). */
	public static int run(Class<?>[] sources, String... args) {
		if (args.length > 0 && args[0].equals("generate")) {
			try {
				return GenerateCommand.run(args);
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("generate: " + ex.getMessage());
				return ExitCodes.BAD_USAGE;
			}
		}
		try {
			ConfigurableApplicationContext context = SpringApplication.run(sources, args);
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			return exitCodeFor(ex);
		}
	}

	static int exitCodeFor(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputFileException || cause instanceof UsageException) {
				System.err.println("renewal-credits: " + cause.getMessage());
				return ExitCodes.BAD_USAGE;
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
				System.err.println("renewal-credits: another run is using the database (" + message
						+ "); wait for it to finish. Nothing was changed.");
				return ExitCodes.BUSY;
			}
		}
		System.err.println("renewal-credits: could not start: " + failure.getMessage());
		return ExitCodes.UNEXPECTED;
	}

}
