package jp.or.jrs.renewal.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.stereotype.Component;

/**
 * Brings the database's schema to this build's: the Flyway migrations in
 * {@code db/migration/<vendor>} (hsqldb, postgresql), applied before anything reads or writes a table
 * ({@link Detector} puts every JDBC user after this bean).
 * <p>
 * Flyway runs only when the database is not at {@link #NEWEST} yet (a new database, a new build, a
 * migration that failed). At it, one query says so: Flyway's start (its plugins, its configuration,
 * reading and checksumming every migration to validate the history) took about a tenth of the time of
 * a night where nothing changed ({@code bench/RESULTS.md}). Its validation guards against a migration
 * edited after it was applied; ours ship inside the jar, where nobody edits them, and every test
 * database is migrated by Flyway itself.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	/** The newest migration this build ships; {@code SchemaMigrationsTests} checks it against the files. */
	static final String NEWEST = "12";

	private final DataSource dataSource;

	public SchemaMigrations(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		String vendor;
		try (Connection connection = this.dataSource.getConnection()) {
			if (isAtNewest(connection)) {
				return;
			}
			vendor = DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
		}
		Flyway.configure(SchemaMigrations.class.getClassLoader())
			.dataSource(this.dataSource)
			.locations("classpath:db/migration/" + vendor)
			.load()
			.migrate();
	}

	/** Whether Flyway's history ends with {@link #NEWEST}, applied, and records no failed migration. */
	static boolean isAtNewest(Connection connection) {
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
				return NEWEST.equals(last);
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
