package jp.or.jrs.renewal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import jp.or.jrs.renewal.job.RunHistory;

/**
 * {@code status} on the embedded database, answered without a Spring context: the settings are resolved as
 * the context resolves them (the jar's {@code application.properties}, {@code jobs/nightly.properties},
 * the environment, the command line; {@link PlainSettings}), and when they name the embedded HSQLDB
 * database in the output folder, {@link RunHistory} reads it over one plain connection. The context
 * (auto-configuration, the connection pool, Flyway, the job repository) took three quarters of the command's
 * second; a look at the runs needs none of it.
 * <p>
 * The output folder is the command's own while it reads ({@link OutputLock}), so no night runs on the
 * database meanwhile. A database closed cleanly is opened read-only and nothing is written to it; one a
 * killed run left is opened as any command opens it, and HSQLDB recovers it first. A database that was
 * never created is not created (no run yet). Any other database (PostgreSQL, or an HSQLDB database outside
 * the output folder), or settings that may need more of Spring Boot than {@link PlainSettings} reads
 * (profiles, other locations, {@code SPRING_APPLICATION_JSON}, relaxed spellings), takes the usual way
 * through the context, which reads them as the night does.
 */
final class EmbeddedStatus {

	private EmbeddedStatus() {
	}

	/** The command's exit status, or empty when the settings name a database this does not open. */
	static OptionalInt run(Invocation invocation) throws Exception {
		Optional<ConfigurableEnvironment> plain = PlainSettings.read(invocation.springArguments(),
				Path.of("").toAbsolutePath());
		if (plain.isEmpty()) {
			return OptionalInt.empty();
		}
		ConfigurableEnvironment settings = plain.get();
		String url = settings.getProperty("spring.datasource.url");
		String embedded = DatabaseLockFile.databaseOf(url);
		if (embedded == null) {
			return OptionalInt.empty();
		}
		Path output = Path.of(settings.getProperty("renewal.output", "output"));
		Path database = Path.of(embedded);
		if (!database.toAbsolutePath().normalize().startsWith(output.toAbsolutePath().normalize())) {
			// A database outside the output folder is not kept from other runs by this command's lock; the
			// context opens it with HSQLDB's own lock, which turns this command away (after polling it for
			// about 11 s, CommandLine#waitOutAKilledRunsHeartbeat) while a night uses it.
			return OptionalInt.empty();
		}
		OutputLock.acquire(output);
		// One connection for the three queries: with shutdown=true every connection would open the database
		// afresh. JdbcTemplate leaves it open (SingleConnectionDataSource#shouldClose); it is closed once, in
		// the finally below. No close-suppressing proxy: generating its class cost the command 20-30 ms.
		SingleConnectionDataSource dataSource = null;
		try {
			if (!Files.exists(file(database, ".properties"))) {
				return OptionalInt.of(new StatusCommand(null).run(invocation));
			}
			DatabaseLockFile.acquire(url);
			// A database closed cleanly is opened read-only: nothing is written, and closing it costs no
			// checkpoint. One a killed run left (its log not yet applied, its .data possibly ahead of its last
			// checkpoint) is opened as every other command opens it, so HSQLDB restores and replays it first:
			// read-only, HSQLDB replays the log over the .data as it is and reads it wrong. This command holds
			// the output folder, so no other run is using it meanwhile. ifexists: never create one here.
			dataSource = new SingleConnectionDataSource(
					url + (closedCleanly(database) ? ";readonly=true" : "") + ";ifexists=true",
					settings.getProperty("spring.datasource.username", "SA"),
					settings.getProperty("spring.datasource.password", ""), false);
			dataSource.setDriverClassName("org.hsqldb.jdbc.JDBCDriver");
			return OptionalInt.of(new StatusCommand(new RunHistory(new JdbcTemplate(dataSource)), true).run(invocation));
		}
		finally {
			if (dataSource != null) {
				dataSource.destroy();
			}
			DatabaseLockFile.release();
			OutputLock.release();
		}
	}

	/** HSQLDB's own record of a clean close: {@code modified=no}, and no log or backup left to apply. */
	private static boolean closedCleanly(Path database) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file(database, ".properties"))) {
			properties.load(in);
		}
		return "no".equals(properties.getProperty("modified")) && !Files.exists(file(database, ".log"))
				&& !Files.exists(file(database, ".backup"));
	}

	private static Path file(Path database, String suffix) {
		return database.resolveSibling(database.getFileName() + suffix);
	}

}
