package jp.or.jrs.renewal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.hsqldb.jdbc.JDBCDriver;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import jp.or.jrs.renewal.job.RunHistory;

/**
 * {@code status} on the embedded database, answered without a Spring context: the settings are resolved as
 * the context resolves them (the jar's {@code application.properties}, {@code jobs/nightly.properties},
 * the environment, the command line), and when they name the embedded HSQLDB database, it is opened
 * read-only and {@link RunHistory} reads it over a plain connection. The context (auto-configuration,
 * the connection pool, Flyway, the job repository) took three quarters of the command's second; a look at
 * the runs needs none of it.
 * <p>
 * Any other database (PostgreSQL), or settings this cannot read the way Spring Boot would
 * ({@code SPRING_APPLICATION_JSON}), takes the usual way through the context. The output folder is still
 * the command's own while it reads ({@link OutputLock}); a database that was never created is not created
 * (no run yet), and nothing is written to one that was.
 */
final class EmbeddedStatus {

	private static final String EMBEDDED = "jdbc:hsqldb:file:";

	private EmbeddedStatus() {
	}

	/** The command's exit status, or empty when the settings name a database this does not open. */
	static OptionalInt run(Invocation invocation) throws Exception {
		if (System.getenv("SPRING_APPLICATION_JSON") != null || System.getProperty("spring.application.json") != null) {
			return OptionalInt.empty();
		}
		ConfigurableEnvironment settings = new StandardEnvironment();
		settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(invocation.springArguments()));
		ConfigDataEnvironmentPostProcessor.applyTo(settings);
		String url = settings.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith(EMBEDDED)) {
			return OptionalInt.empty();
		}
		Path output = Path.of(settings.getProperty("renewal.output", "output"));
		OutputLock.acquire(output);
		try {
			int end = url.indexOf(';');
			Path database = Path.of(url.substring(EMBEDDED.length(), (end < 0) ? url.length() : end));
			// The database in the output folder this command holds: no night can be running on it now.
			boolean holdsTheDatabase = database.toAbsolutePath().normalize().startsWith(output.toAbsolutePath().normalize());
			if (!Files.exists(database.resolveSibling(database.getFileName() + ".properties"))) {
				return OptionalInt.of(new StatusCommand(null).run(invocation));
			}
			// readonly: the database is read as the last run left it (its log replayed in memory) and never
			// written, so closing it costs no checkpoint; ifexists: never create one here.
			SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(),
					url + ";readonly=true;ifexists=true", settings.getProperty("spring.datasource.username", "SA"),
					settings.getProperty("spring.datasource.password", ""));
			return OptionalInt.of(
					new StatusCommand(new RunHistory(new JdbcTemplate(dataSource)), holdsTheDatabase).run(invocation));
		}
		finally {
			OutputLock.release();
		}
	}

}
