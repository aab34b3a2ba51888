package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same night on PostgreSQL, by configuration only (spec §6): a real PostgreSQL server, the schema
 * created by the PostgreSQL migrations, the same verdicts as on the embedded database.
 */
class PostgresNightFunctionalTests {

	@TempDir
	Path root;

	@Test
	void runsTheSameNightOnPostgresql() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Night night = HandWrittenRecords.input(this.root);
			String[] database = { "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=" };

			assertThat(night.run("2026-11-24", database)).isEqualTo(ExitCodes.COMPLETED);
			HandWrittenRecords.assertJudgedExactly(night, "2026-11-24");

			assertThat(night.run("2026-11-24", database)).isEqualTo(ExitCodes.NOTHING_TO_DO);
			assertThat(night.run("2026-11-25", database)).isEqualTo(ExitCodes.COMPLETED);
			assertThat(night.csv("2026-11-25", "summary.csv")).extracting(r -> r.get("status"))
				.containsExactly("UNCHANGED", "UNCHANGED");
			assertThat(night.command("status", database)).isEqualTo(ExitCodes.COMPLETED);
			assertThat(night.printed).as("status reads Spring Batch's tables with its own SQL")
				.contains("run.date 2026-11-25  COMPLETED").contains("run.date 2026-11-24  COMPLETED")
				.contains("ingest   COMPLETED");
			assertThat(night.printed.indexOf("2026-11-25")).as("newest first").isLessThan(night.printed.indexOf("2026-11-24"));
			assertThat(night.output.resolve("db")).as("no embedded database was created").doesNotExist();
			assertThat(night.output.resolve("spool")).doesNotExist();
		}
	}

}
