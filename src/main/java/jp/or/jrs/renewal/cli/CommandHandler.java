package jp.or.jrs.renewal.cli;

/**
 * Runs one {@link Command}: reads its arguments, calls the services that do the work, prints what a
 * person reads and answers an exit status ({@link ExitCodes}). Handlers of commands that open the database
 * are Spring beans, lazy ones: a command's context builds only the handler it runs, and the services only
 * other commands use are lazy too. The others are made directly.
 */
@FunctionalInterface
public interface CommandHandler {

	int run(Invocation invocation) throws Exception;

}
