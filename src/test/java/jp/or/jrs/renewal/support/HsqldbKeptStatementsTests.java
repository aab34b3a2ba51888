package jp.or.jrs.renewal.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.hsqldb.jdbc.JDBCPreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HsqldbKeptStatementsTests {

	private static final String QUERY = "SELECT name FROM things WHERE id = ?";

	@TempDir
	Path folder;

	private DataSource database() throws SQLException {
		DataSource plain = new DriverDataSource("jdbc:hsqldb:file:" + this.folder.resolve("db") + ";shutdown=true",
				null, new Properties(), "SA", "");
		try (Connection connection = plain.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE things (id INT PRIMARY KEY, name VARCHAR(20))");
			statement.execute("INSERT INTO things VALUES (1, 'one')");
		}
		return plain;
	}

	/** HSQLDB's id of the compiled statement a prepared statement runs. */
	private static long compiledAs(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			return statement.unwrap(JDBCPreparedStatement.class).getStatementID();
		}
	}

	@Test
	void hsqldbCompilesATextAgainOnceItsLastStatementClosed() throws SQLException {
		// What this class is for: were this to change, the class would no longer be needed.
		try (Connection connection = database().getConnection()) {
			assertThat(compiledAs(connection, QUERY)).isNotEqualTo(compiledAs(connection, QUERY));
		}
	}

	@Test
	void aConnectionKeepsWhatItCompiledAcrossStatementsThatClosed() throws SQLException {
		try (Connection connection = HsqldbKeptStatements.keepingStatements(database()).getConnection()) {
			long first = compiledAs(connection, QUERY);
			assertThat(compiledAs(connection, QUERY)).isEqualTo(first);
			assertThat(compiledAs(connection, QUERY)).isEqualTo(first);
			// Another way of preparing the same text is another statement, kept too.
			long keys;
			try (PreparedStatement statement = connection.prepareStatement(QUERY, Statement.RETURN_GENERATED_KEYS)) {
				keys = statement.unwrap(JDBCPreparedStatement.class).getStatementID();
			}
			try (PreparedStatement statement = connection.prepareStatement(QUERY, Statement.RETURN_GENERATED_KEYS)) {
				assertThat(statement.unwrap(JDBCPreparedStatement.class).getStatementID()).isEqualTo(keys);
			}
		}
	}

	@Test
	void statementsRunAsBeforeAndErrorsAreTheCallersOwn() throws SQLException {
		DataSource keeping = HsqldbKeptStatements.keepingStatements(database());
		JdbcTemplate jdbc = new JdbcTemplate(keeping);
		for (int i = 2; i < 5; i++) {
			jdbc.update("INSERT INTO things VALUES (?, ?)", i, "thing " + i);
		}
		assertThat(jdbc.queryForObject(QUERY, String.class, 3)).isEqualTo("thing 3");
		assertThat(jdbc.queryForObject(QUERY, String.class, 1)).isEqualTo("one");
		try (Connection connection = keeping.getConnection()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> connection.prepareStatement("SELECT nothing FROM nowhere"))
				.withMessageContaining("NOWHERE");
			try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
				statement.setInt(1, 1);
				try (ResultSet rows = statement.executeQuery()) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getString(1)).isEqualTo("one");
				}
			}
		}
	}

	@Test
	void aConnectionKeepsABoundedNumberOfTexts() throws SQLException {
		try (Connection connection = HsqldbKeptStatements.keepingStatements(database()).getConnection()) {
			for (int i = 0; i < HsqldbKeptStatements.KEPT_PER_CONNECTION; i++) {
				compiledAs(connection, "SELECT name FROM things WHERE id = " + i);
			}
			String beyond = "SELECT name FROM things WHERE id = -1";
			assertThat(compiledAs(connection, beyond)).isNotEqualTo(compiledAs(connection, beyond));
		}
	}

	@Test
	void onlyAPoolOnHsqldbIsWrapped() {
		HsqldbKeptStatements wrapper = new HsqldbKeptStatements();
		try (HikariDataSource embedded = new HikariDataSource(); HikariDataSource server = new HikariDataSource()) {
			embedded.setJdbcUrl("jdbc:hsqldb:file:" + this.folder.resolve("db"));
			server.setJdbcUrl("jdbc:postgresql://localhost/renewal");
			wrapper.postProcessAfterInitialization(embedded, "dataSource");
			wrapper.postProcessAfterInitialization(server, "dataSource");
			assertThat(embedded.getDataSource()).isNotNull();
			assertThat(server.getDataSource()).isNull();
		}
	}

}
