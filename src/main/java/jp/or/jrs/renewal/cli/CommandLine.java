package jp.or.jrs.renewal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.hsqldb.persist.HsqlDatabaseProperties;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.NewDatabases;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * The command line of the one executable jar. The first word names a {@link Command}; without one the
 * jar runs the night, so {@code java -jar renewal-credits.jar run.date=2026-11-24} keeps working (spec §7).
 * A command that opens the database runs in a Spring context started for it, once the output folder is
 * its own ({@link OutputLock}); the others start none, and neither does {@code status} on the embedded
 * database ({@link EmbeddedStatus}). Whatever stops a command, before or while it runs,
 * becomes one of the documented exit statuses.
 */
public final class CommandLine {

	/**
	 * Spring Boot's configurations that only the portal uses: JSON and HTTP message conversion, web security,
	 * SSL bundles, the task executor and scheduler (the night's threads are its own; the portal schedules
	 * its night), and the template engine (every other page is written in Java, {@code report.Pages}). A
	 * command's context goes without them: each costs its start beans to make and examine (the context
	 * prepared at build time, which every command but the portal starts from, is made without them too,
	 * so there this list is fixed when the jar is built; without that context, a setting of
	 * {@code spring.autoconfigure.exclude} of one's own replaces it).
	 */
	static final List<String> PORTAL_ONLY = List.of(
			"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
			"org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
			"org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
			"org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
			"org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
			"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration");

	/** Boot's listener that starts its background initialisation (package-private, so named). */
	static final String BACKGROUND_PREINITIALIZATION =
			"org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializingApplicationListener";

	private CommandLine() {
	}

	public static int run(Class<?> application, String... args) {
		return run(new Class<?>[] { application }, args);
	}

	/** Runs with extra configuration sources (tests add fault injection this way). */
	public static int run(Class<?>[] sources, String... args) {
		waitOutAKilledRunsHeartbeat();
		List<String> words = new ArrayList<>(Arrays.asList(args));
		Command command = words.isEmpty() ? Command.RUN : Command.named(words.get(0)).orElse(null);
		if (command != null && !words.isEmpty() && words.get(0).equals(command.commandName())) {
			words.remove(0);
		}
		else if (command == null && !words.get(0).startsWith("-") && !words.get(0).contains("=")) {
			System.err.println("renewal-credits: unknown command '" + words.get(0) + "'\n" + Command.help(null));
			return ExitCodes.BAD_USAGE;
		}
		else {
			command = Command.RUN;
		}
		if (words.contains("--help") || words.contains("-h")) {
			System.out.println(Command.help((args.length > 0 && Command.named(args[0]).isPresent()) ? command : null));
			return ExitCodes.COMPLETED;
		}
		try {
			boolean needsJobs = command.database() != Command.Database.NONE || command == Command.CHECK;
			Invocation invocation = Invocation.parse(command, words, needsJobs ? JobsFolder.find(words) : null);
			if (WarmNights.asked(invocation)) {
				// Runs the night in this JVM again and again: it needs the application's sources.
				return WarmNights.run(sources, invocation);
			}
			if (command.database() == Command.Database.NONE) {
				return BeanUtils.instantiateClass(command.handler()).run(invocation);
			}
			if (command == Command.STATUS) {
				OptionalInt answered = EmbeddedStatus.run(invocation);
				if (answered.isPresent()) {
					return answered.getAsInt();
				}
			}
			return runInContext(sources, invocation);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Spring's build-time (AOT) processing starts the application only to capture its context.
			throw ex;
		}
		catch (Exception ex) {
			return exitCodeFor(ex);
		}
	}

	/**
	 * A run killed by {@code kill -9} leaves the embedded database's lock file with a heartbeat up to ten
	 * seconds old. HSQLDB polls it ten times a second apart and gives up unless it went stale by the last
	 * poll, so a command started within a second of a heartbeat (a {@code restart} typed at once after the
	 * kill, a scheduler's retry) was turned away as busy by a process that no longer existed. Polled every
	 * 111 ms instead, its last poll always comes after the heartbeat is stale (at most 11 s after the kill;
	 * after a run that ended, the lock file is gone and nothing waits). A live run is still refused at once,
	 * by the output folder's lock ({@link OutputLock}) taken before the database is opened.
	 */
	static void waitOutAKilledRunsHeartbeat() {
		System.getProperties()
			.putIfAbsent(HsqlDatabaseProperties.system_lockfile_poll_retries_property, String.valueOf(HEARTBEAT_POLLS));
	}

	/** How many times HSQLDB polls a lock file's heartbeat before it gives up, over about ten seconds. */
	static final int HEARTBEAT_POLLS = 100;

	private static int runInContext(Class<?>[] sources, Invocation invocation) throws Exception {
		SpringApplication application = new SpringApplication(sources);
		// The context prepared at build time is the application class's, whoever called (AotTraining too).
		application.setMainApplicationClass(sources[0]);
		// Only the portal serves the web: every other command starts no web server, nor what only the web uses.
		boolean serve = invocation.command() == Command.SERVE;
		application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		if (!serve) {
			application.setDefaultProperties(Map.of("spring.autoconfigure.exclude", String.join(",", PORTAL_ONLY)));
			// Boot loads Tomcat's and Jackson's classes on a thread of its own as a context starts: 90 ms of
			// processor time a command's second core needs for the JIT and the read-ahead.
			application.setListeners(application.getListeners()
				.stream()
				.filter(listener -> !listener.getClass().getName().equals(BACKGROUND_PREINITIALIZATION))
				.toList());
		}
		// One command per output folder, decided as soon as the settings say which folder it is.
		ReadAhead readAhead = ReadAhead.start(invocation.command());
		// Then, the settings read and the log set up, the rule files.
		application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
			ConfigurableEnvironment environment = event.getEnvironment();
			OutputLock.acquire(Path.of(environment.getProperty("renewal.output", "output")));
			String database = environment.getProperty("spring.datasource.url");
			// A new embedded database starts as the build's copy, migrated (before its lock file's folder exists).
			NewDatabases.createFromTemplate(database, environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password"));
			DatabaseLockFile.acquire(database);
			readAhead.rules(environment);
		});
		try (ConfigurableApplicationContext context = application.run(invocation.springArguments())) {
			if (invocation.command().database() == Command.Database.CHANGES) {
				context.getBean(RunLock.class).acquire();
			}
			return context.getBean(invocation.command().handler()).run(invocation);
		}
		finally {
			readAhead.end();
			// The context, and with it the database, is closed: its lock file can go (never throws), then the
			// output folder.
			DatabaseLockFile.release();
			OutputLock.release();
		}
	}

	static int exitCodeFor(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputFileException || cause instanceof RefusedException) {
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
