package jp.or.jrs.renewal.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.or.jrs.renewal.StepTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code reports} step on its own, after the steps before it: summary.csv, each roster's reject report
 * and the run summary, written whole (no {@code .part} left), and the rejections counted for the exit
 * status.
 */
class ReportsStepTests extends StepTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 24);

	@Test
	void writesTheSummaryTheRejectReportsAndTheRunSummary() throws Exception {
		roster("congress.csv", """
				member_id,meeting,held_on
				0010001,日本医学放射線学会 総会,2025-04-10
				0010001,日本医学放射線学会 総会,2025-04-10
				0010008,日本医学放射線学会 総会,2099-04-10
				""");
		roster("good.csv", "member_id,meeting,held_on\n0010008,日本医学放射線学会 総会,2025-04-10\n");
		ExecutionContext job = new ExecutionContext();
		for (String step : new String[] { "catalog", "members", "intake", "ingest", "ingested", "rosterReports",
				"credits", "publish" }) {
			job = step(step, NIGHT, job);
		}

		ExecutionContext reported = step("reports", NIGHT, job);

		assertThat(Files.readString(output("2026-11-24/summary.csv"))).isEqualTo("""
				file,status,data_rows,accepted,rejected,duplicate
				congress.csv,INGESTED,3,1,1,1
				good.csv,INGESTED,1,1,0,0
				""");
		assertThat(Files.readString(output("2026-11-24/rejects/rosters/congress.rejects.csv"), StandardCharsets.UTF_8))
			.startsWith("line,column,code,message,value\n3,,DUPLICATE,\"2 行目と同じ単位です(会員・学術集会・開催日・区分・講習IDが同じ)。1回だけ数えます / the same credit as line 2 (same member")
			.contains("\n4,held_on,FUTURE_DATE,");
		assertThat(output("2026-11-24/rejects/rosters/good.rejects.csv")).doesNotExist();
		assertThat(Files.readString(output("2026-11-24/run-summary.txt"), StandardCharsets.UTF_8))
			.startsWith("Renewal credits: run of 2026-11-24")
			.contains("Certifications judged: 300")
			.contains("Members: 100 rows, 100 accepted, 0 rejected")
			.contains("  INGESTED       congress.csv: 3 data rows: 1 accepted, 1 rejected, 1 duplicate");
		assertThat(RunReportsTasklet.REJECTIONS.get(reported)).contains(1L);
		try (var files = Files.walk(output("2026-11-24"))) {
			assertThat(files.map(Object::toString)).noneMatch(name -> name.endsWith(".part"));
		}
	}

}
