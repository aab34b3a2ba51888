package jp.or.jrs.renewal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SchemaMigrationsTests {

	/** The only migration names {@link SchemaMigrations} can judge by one version: whole numbers, none repeatable. */
	private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

	@Test
	void theNewestVersionOfEachVendorIsItsNewestMigrationAndEveryMigrationIsAWholeVersion() throws IOException {
		for (String vendor : List.of("hsqldb", "postgresql")) {
			try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
				List<String> names = files.map(file -> file.getFileName().toString()).toList();
				assertThat(names).as(vendor + ": a dotted version or a repeatable migration would go unseen")
					.allMatch(name -> VERSIONED.matcher(name).matches());
				int newest = names.stream()
					.map(VERSIONED::matcher)
					.filter(Matcher::matches)
					.mapToInt(m -> Integer.parseInt(m.group(1)))
					.max()
					.orElseThrow();
				assertThat(SchemaMigrations.NEWEST.get(vendor)).as(vendor).isEqualTo(Integer.toString(newest));
			}
		}
	}

	@Test
	void aFlywaySettingStopsTheCommandInsteadOfBeingIgnored() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("jobs/nightly.properties", Map.of("spring.flyway.enabled", "false")));
		SchemaMigrations.refuseFlywaySettings(environment);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("environment", Map.of("SPRING_FLYWAY_DEFAULT_SCHEMA", "renewal")));
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> SchemaMigrations.refuseFlywaySettings(environment))
			.withMessageContaining("SPRING_FLYWAY_DEFAULT_SCHEMA is set (environment)")
			.withMessageContaining("Remove the setting");
	}

	@Test
	void flywayMigratesANewDatabaseAndIsLeftOutOnceItIsAtTheNewest(@TempDir Path folder) throws Exception {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:hsqldb:file:" + folder.resolve("db") + ";hsqldb.tx=mvcc", "SA", "", true);
		try {
			assertThat(atNewest(dataSource)).isFalse();
			new SchemaMigrations(dataSource, new StandardEnvironment()).afterPropertiesSet();
			assertThat(atNewest(dataSource)).isTrue();
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\"", Integer.class))
				.isEqualTo(Integer.parseInt(SchemaMigrations.NEWEST.get("hsqldb")));

			// A history that ends with a failed migration is Flyway's to repair or report, never skipped.
			jdbc.update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
			assertThat(atNewest(dataSource)).isFalse();
			jdbc.update("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '3'");
			jdbc.update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?", SchemaMigrations.NEWEST.get("hsqldb"));
			assertThat(atNewest(dataSource)).isFalse();
		}
		finally {
			new JdbcTemplate(dataSource).execute("SHUTDOWN");
			dataSource.destroy();
		}
	}

	private static boolean atNewest(SingleConnectionDataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			return SchemaMigrations.isAtNewest(connection, SchemaMigrations.NEWEST.get("hsqldb"));
		}
	}

}
