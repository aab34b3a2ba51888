package jp.or.jrs.renewal.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Brings the database's schema to this build's: the Flyway migrations in
 * {@code db/migration/<vendor>} (hsqldb, postgresql), applied before anything reads or writes a table
 * ({@link Detector} puts every JDBC user after this bean).
 * <p>
 * Flyway runs only when the database is not at its vendor's {@link #NEWEST} version yet (a new database,
 * a new build, a migration that failed). At it, one query says so: Flyway's start (its plugins, its
 * configuration, reading and checksumming every migration to validate the history) took about a tenth of
 * the time of a night where nothing changed ({@code bench/RESULTS.md}). Its validation guards against a
 * migration edited after it was applied; ours ship inside the jar, where nobody edits them, and every
 * test database is migrated by Flyway itself. That one version tells it all holds because every
 * migration is versioned by a whole number and none is repeatable ({@code SchemaMigrationsTests} refuses
 * any other file name).
 * <p>
 * Flyway takes no settings here: the schema is the build's own, on the database {@code spring.datasource.*}
 * names. A {@code spring.flyway.*} setting (which Boot's Flyway would have read) stops the command, so that
 * nobody believes it applied.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	/**
	 * The newest migration this build ships, by vendor ({@link DatabaseDriver#getId()}); {@code
	 * SchemaMigrationsTests} checks them against the files.
	 */
	static final Map<String, String> NEWEST = Map.of("hsqldb", "15", "postgresql", "15");

	private final DataSource dataSource;

	private final Environment environment;

	public SchemaMigrations(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		refuseFlywaySettings(this.environment);
		String vendor;
		try (Connection connection = this.dataSource.getConnection()) {
			vendor = DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
			if (isAtNewest(connection, NEWEST.get(vendor))) {
				return;
			}
		}
		migrations(vendor).dataSource(this.dataSource).load().migrate();
	}

	/** Flyway over this build's migrations for a vendor ({@code db/migration/<vendor>}), the build's copy's too. */
	static FluentConfiguration migrations(String vendor) {
		return Flyway.configure(SchemaMigrations.class.getClassLoader()).locations("classpath:db/migration/" + vendor);
	}

	/** Stops at a {@code spring.flyway.*} setting (any spelling Boot accepts) other than the one turning Boot's off. */
	static void refuseFlywaySettings(Environment environment) {
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return;
		}
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> names) {
				for (String name : names.getPropertyNames()) {
					String key = name.toLowerCase(Locale.ROOT).replace('_', '.');
					if (key.startsWith("spring.flyway.") && !key.equals("spring.flyway.enabled")) {
						throw new RefusedException(name + " is set (" + source.getName() + "), but Flyway takes no "
								+ "settings here: the schema is the build's own (db/migration/<vendor>), applied to the "
								+ "database spring.datasource.* names. Remove the setting.");
					}
				}
			}
		}
	}

	/** Whether Flyway's history ends with {@code newest}, applied, and records no failed migration. */
	static boolean isAtNewest(Connection connection, String newest) {
		if (newest == null) {
			return false;
		}
		boolean autoCommit = true;
		try (Statement statement = connection.createStatement()) {
			autoCommit = connection.getAutoCommit();
			try (ResultSet rs = statement.executeQuery(
					"SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
				String last = null;
				while (rs.next()) {
					if (!rs.getBoolean(2)) {
						return false;
					}
					last = rs.getString(1);
				}
				return newest.equals(last);
			}
		}
		catch (SQLException ex) {
			// No history table (a new database), or one this query cannot read: Flyway decides.
			return false;
		}
		finally {
			endQuietly(connection, autoCommit);
		}
	}

	/** PostgreSQL aborts the transaction a failed query ran in: end it before Flyway takes over. */
	private static void endQuietly(Connection connection, boolean autoCommit) {
		try {
			if (!autoCommit) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			// The connection goes back to the pool, which resets it.
		}
	}

	/**
	 * Puts every bean that uses the database after the schema is in place, as Boot does for Flyway's own
	 * (registered in {@code META-INF/spring.factories}).
	 */
	public static final class Detector extends AbstractBeansOfTypeDatabaseInitializerDetector {

		@Override
		protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
			return Set.of(SchemaMigrations.class);
		}

	}

}
