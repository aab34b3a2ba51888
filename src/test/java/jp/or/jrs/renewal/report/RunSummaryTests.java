package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.or.jrs.renewal.catalog.LoadCatalogTasklet;
import jp.or.jrs.renewal.credits.EligibilityHistory.Verdict;
import jp.or.jrs.renewal.credits.VerdictCarryOver;
import jp.or.jrs.renewal.member.LoadMembersTasklet;
import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.Withdrawals.Withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

/** The run summary the office reads, from what the steps of a night recorded. */
class RunSummaryTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 24);

	static final Verdict ELIGIBLE = new Verdict("ELIGIBLE", "");

	static Verdict shortOf(String unmet) {
		return new Verdict("SHORT", unmet);
	}

	@Test
	void countsVerdictsSaysWhatChangedAndWhatBecameOfEveryFile() {
		ExecutionContext job = new ExecutionContext();
		LoadMembersTasklet.LOADED.put(job, new LoadMembersTasklet.Loaded(new LoadMembersTasklet.Counts(101, 100, 1),
				new LoadMembersTasklet.Counts(300, 300, 0)));
		LoadCatalogTasklet.LOADED.put(job, new LoadCatalogTasklet.Loaded(342, List.of("M0001 name: a → b")));
		Map<String, Verdict> before = new LinkedHashMap<>();
		before.put("0010001 BOARD", shortOf("TOTAL_UNITS"));
		before.put("0010002 BOARD", ELIGIBLE);
		before.put("0010003 BOARD", ELIGIBLE);
		Map<String, Verdict> now = new LinkedHashMap<>();
		now.put("0010001 BOARD", ELIGIBLE);
		now.put("0010002 BOARD", shortOf("COMMON_LECTURE:医療安全"));
		now.put("0010004 SOCIETY_DIAGNOSTIC", ELIGIBLE);
		List<RunFile> files = List.of(new RunFile(1, "a.csv", RosterFileStatus.INGESTED, 10, 8, 1, 1, null),
				new RunFile(2, "b.csv", RosterFileStatus.REPLACED, 5, 5, 0, 0, 3),
				new RunFile(0, "c.csv", RosterFileStatus.FILE_REJECTED, 4, 0, 4, 0, null),
				new RunFile(3, "d.csv", RosterFileStatus.UNCHANGED, 7, 7, 0, 0, null));

		RunSummary summary = new RunSummary(NIGHT, job, files, now, NIGHT.minusDays(1), before, List.of(new Withdrawal(
				"x.csv", LocalDateTime.of(2026, 11, 23, 9, 30), "yamada", "wrong meeting", 12)));

		assertThat(summary.text()).contains("Certifications judged: 3 (ELIGIBLE 2, SHORT 1)")
			.contains("Changes since the run of 2026-11-23: 1 became ELIGIBLE, 1 became SHORT, 1 certifications new, "
					+ "1 no longer listed")
			.contains("  SHORT    0010002 BOARD: was ELIGIBLE, now short of COMMON_LECTURE:医療安全")
			.contains("  removed  0010003 BOARD")
			.contains("Roster files seen: 4 {FILE_REJECTED=1, INGESTED=1, REPLACED=1, UNCHANGED=1}")
			.contains("  REPLACED       b.csv: 5 data rows: 5 accepted, 0 rejected, 0 duplicate (the version it replaces had 3 accepted)")
			.contains("  FILE_REJECTED  c.csv: 4 data rows, all rejected: see its reject report")
			.contains("x.csv: withdrawn 2026-11-23 09:30 by yamada (wrong meeting); 12 credits removed")
			.contains("Members: 101 rows, 100 accepted, 1 rejected (see rejects/members.rejects.csv)")
			.contains("Catalog: 342 accredited meetings; corrections applied: 1");
		assertThat(summary.rejections()).as("1 row of a.csv, 4 rows and the file c.csv, 1 member row").isEqualTo(7);
	}

	@Test
	void aCarriedOverNightSaysSoAndAFirstNightHasNothingToCompare() {
		ExecutionContext job = new ExecutionContext();
		VerdictCarryOver.CARRIED_FROM.put(job, NIGHT.minusDays(3));
		RunSummary summary = new RunSummary(NIGHT, job, List.of(), Map.of("0010001 BOARD", ELIGIBLE), null, Map.of(),
				List.of());
		assertThat(summary.text()).startsWith("Renewal credits: run of 2026-11-24\n\nVerdicts carried over from the run "
				+ "of 2026-11-21: nothing they depend on has changed")
			.contains("Changes: this is the first run; there is nothing to compare with.");
		assertThat(summary.rejections()).isZero();
	}

}
