package jp.or.jrs.renewal.credits;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.or.jrs.renewal.StepTests;
import jp.or.jrs.renewal.credits.EligibilityHistory.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verdict history on a real database: verdicts packed a chunk to a row read back in member and
 * certification order, with the rows of a night judged by a build that kept a row per verdict.
 */
class EligibilityHistoryTests extends StepTests {

	private static final LocalDate OLD_NIGHT = LocalDate.of(2026, 10, 1);

	private static final LocalDate NIGHT = LocalDate.of(2026, 10, 2);

	@Autowired
	EligibilityHistory history;

	@Test
	void aChunkOfVerdictsReadsBackAsWritten() {
		List<VerdictChunks.Row> rows = List.of(row("0010002", "BOARD", "SHORT", "B_TOTAL;B_SAFETY"),
				row("0010002", "SOCIETY_DIAGNOSTIC", "ELIGIBLE", ""), row("0010003", "放射線", "SHORT", "要件"));
		List<VerdictChunks.Row> read = new ArrayList<>();
		VerdictChunks.decode(VerdictChunks.encode(rows), read);
		assertThat(read).isEqualTo(rows);
	}

	@Test
	void aNightsVerdictsAreItsChunksAndItsRowsOfAnOlderBuildInMemberOrder() {
		// Two chunks, the later members' first, and a row an older build wrote for the same night.
		chunk(NIGHT, row("0010005", "BOARD", "ELIGIBLE", ""), row("0010007", "BOARD", "SHORT", "B_TOTAL"));
		chunk(NIGHT, row("0010001", "SOCIETY_DIAGNOSTIC", "SHORT", "S_TOTAL"), row("0010001", "BOARD", "ELIGIBLE", ""));
		legacy(NIGHT, row("0010004", "BOARD", "SHORT", "B_SAFETY;B_TOTAL"));
		legacy(OLD_NIGHT, row("0010001", "BOARD", "SHORT", "B_TOTAL"));

		assertThat(this.history.verdicts(NIGHT)).containsExactly(
				entry("0010001 BOARD", "ELIGIBLE", ""), entry("0010001 SOCIETY_DIAGNOSTIC", "SHORT", "S_TOTAL"),
				entry("0010004 BOARD", "SHORT", "B_SAFETY;B_TOTAL"), entry("0010005 BOARD", "ELIGIBLE", ""),
				entry("0010007 BOARD", "SHORT", "B_TOTAL"));
		assertThat(this.history.verdicts(OLD_NIGHT)).containsExactly(entry("0010001 BOARD", "SHORT", "B_TOTAL"));

		// Judging the night again drops its verdicts in both forms; the older night keeps its own.
		this.history.forget(NIGHT);
		assertThat(this.history.verdicts(NIGHT)).isEmpty();
		assertThat(this.history.verdicts(OLD_NIGHT)).hasSize(1);

		// A later night keeps the night before it and forgets those before, in both forms.
		chunk(NIGHT, row("0010001", "BOARD", "ELIGIBLE", ""));
		this.history.forgetRunsBefore(NIGHT);
		assertThat(this.history.verdicts(OLD_NIGHT)).isEmpty();
		assertThat(this.history.verdicts(NIGHT)).hasSize(1);
		this.history.forgetRunsBefore(NIGHT.plusDays(1));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM verdict_chunks", Integer.class)).isZero();
	}

	@Test
	void aVerdictKeptTwiceIsAnError() {
		LocalDate night = LocalDate.of(2026, 9, 1);
		chunk(night, row("0010001", "BOARD", "ELIGIBLE", ""));
		chunk(night, row("0010000", "BOARD", "SHORT", "B_TOTAL"), row("0010001", "BOARD", "ELIGIBLE", ""));
		assertThatThrownBy(() -> this.history.verdicts(night)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("0010001 BOARD twice");
	}

	@Test
	void aChunkHoldingFewerVerdictsThanRecordedIsAnError() {
		LocalDate night = LocalDate.of(2026, 9, 2);
		this.jdbc.update("INSERT INTO verdict_chunks (run_date, first_member_id, verdict_count, verdicts) VALUES (?, ?, ?, ?)",
				Date.valueOf(night), "0010001", 2, VerdictChunks.encode(List.of(row("0010001", "BOARD", "ELIGIBLE", ""))));
		assertThatThrownBy(() -> this.history.verdicts(night)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("from member 0010001 of 1 verdicts, recorded as 2");
	}

	private void chunk(LocalDate night, VerdictChunks.Row... rows) {
		this.jdbc.update("INSERT INTO verdict_chunks (run_date, first_member_id, verdict_count, verdicts) VALUES (?, ?, ?, ?)",
				Date.valueOf(night), rows[0].memberId(), rows.length, VerdictChunks.encode(List.of(rows)));
	}

	private void legacy(LocalDate night, VerdictChunks.Row row) {
		this.jdbc.update("INSERT INTO eligibility_results (run_date, member_id, certification, status, unmet) VALUES (?, ?, ?, ?, ?)",
				Date.valueOf(night), row.memberId(), row.certification(), row.verdict().status(), row.verdict().unmet());
	}

	private static VerdictChunks.Row row(String memberId, String certification, String status, String unmet) {
		return new VerdictChunks.Row(memberId, certification, new Verdict(status, unmet));
	}

	private static Map.Entry<String, Verdict> entry(String key, String status, String unmet) {
		return Map.entry(key, new Verdict(status, unmet));
	}

}
