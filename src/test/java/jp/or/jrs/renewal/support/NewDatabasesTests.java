package jp.or.jrs.renewal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new embedded database made as a copy of the build's: the same schema and history as Flyway makes, at the
 * newest migration, a name of its own, and made only where HSQLDB would make a new database as the build did.
 */
class NewDatabasesTests {

	@TempDir
	Path folder;

	String url(Path database) {
		return "jdbc:hsqldb:file:" + database + ";" + NewDatabases.SHIPPED_SETTINGS;
	}

	@Test
	void aCopyHoldsWhatFlywayMakesOfTheMigrationsAtTheNewest() throws SQLException {
		assertThat(NewDatabases.templateShipped()).as("the build's copy in target/classes").isTrue();
		String copied = url(this.folder.resolve("copied/db/renewal"));
		String migrated = url(this.folder.resolve("migrated/db/renewal"));

		assertThat(NewDatabases.createFromTemplate(copied, "SA", "")).isTrue();
		Flyway.configure().dataSource(migrated, "SA", "").locations("classpath:db/migration/hsqldb").load().migrate();

		assertThat(schema(copied)).isNotEmpty().isEqualTo(schema(migrated));
		try (Connection connection = DriverManager.getConnection(copied, "SA", "")) {
			assertThat(SchemaMigrations.isAtNewest(connection, SchemaMigrations.NEWEST.get("hsqldb"))).isTrue();
		}
		assertThat(this.folder.resolve("copied")).isDirectoryNotContaining(path -> path.getFileName().toString().contains(".new-"));
	}

	@Test
	void eachCopyHasAUniqueNameOfItsOwn() throws SQLException {
		String first = url(this.folder.resolve("first/db/renewal"));
		String second = url(this.folder.resolve("second/db/renewal"));
		assertThat(NewDatabases.createFromTemplate(first, "SA", "")).isTrue();
		assertThat(NewDatabases.createFromTemplate(second, "sa", null)).isTrue();
		assertThat(uniqueName(first)).startsWith("HSQLDB").isNotEqualTo(uniqueName(second));
	}

	@Test
	void onlyWhereHsqldbWouldMakeANewDatabaseAsTheBuildDid() throws Exception {
		Path existing = this.folder.resolve("existing/db");
		Files.createDirectories(existing);
		assertThat(NewDatabases.createFromTemplate(url(existing.resolve("renewal")), "SA", "")).as("its folder exists")
			.isFalse();
		assertThat(existing).isEmptyDirectory();
		Path fresh = this.folder.resolve("fresh/db/renewal");
		assertThat(NewDatabases.createFromTemplate(url(fresh) + ";ifexists=true", "SA", "")).isFalse();
		assertThat(NewDatabases.createFromTemplate(url(fresh) + ";hsqldb.default_table_type=cached", "SA", ""))
			.as("a setting HSQLDB applies to a new database")
			.isFalse();
		assertThat(NewDatabases.createFromTemplate("jdbc:hsqldb:file:" + fresh + ";shutdown=true", "SA", ""))
			.as("not MVCC")
			.isFalse();
		assertThat(NewDatabases.createFromTemplate(url(fresh), "office", "secret")).as("another first user").isFalse();
		assertThat(NewDatabases.createFromTemplate("jdbc:postgresql://localhost/renewal", "SA", "")).isFalse();
		assertThat(NewDatabases.createFromTemplate("jdbc:hsqldb:file:~/renewal-new-databases-test/db/renewal;"
				+ NewDatabases.SHIPPED_SETTINGS, "SA", "")).as("HSQLDB's home folder").isFalse();
		assertThat(fresh.getParent()).doesNotExist();
	}

	/** The database's script, as HSQLDB writes it, but for what differs between any two databases. */
	private static List<String> schema(String url) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement();
				ResultSet script = statement.executeQuery("SCRIPT")) {
			while (script.next()) {
				String line = script.getString(1);
				if (line.startsWith("SET DATABASE UNIQUE NAME") || line.startsWith("SET FILES CHECK")) {
					continue;
				}
				// Flyway's history: when each migration was applied and how long it took.
				lines.add(line.replaceAll("'\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+',\\d+,", "'applied',"));
			}
			statement.execute("SHUTDOWN");
		}
		return lines;
	}

	private static String uniqueName(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement();
				ResultSet name = statement.executeQuery("VALUES DATABASE_NAME()")) {
			name.next();
			String unique = name.getString(1);
			statement.execute("SHUTDOWN");
			return unique;
		}
	}

}
