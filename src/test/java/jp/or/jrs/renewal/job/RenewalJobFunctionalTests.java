package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.generator.InputGenerator;
import jp.or.jrs.renewal.support.TextEncoding;
import jp.or.jrs.renewal.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole nights, run as the office runs them, on a file-mode HSQLDB in a temporary folder: the files
 * people read are checked, and the exit statuses a scheduler sees.
 */
class RenewalJobFunctionalTests {

	static final String NIGHT = "2026-11-24";

	@TempDir
	Path root;

	@Test
	void theShippedSampleGivesEligibleAndShortMembersAndExplainsEveryRejectedRow() throws IOException {
		Night night = Night.withShippedSample(this.root);

		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		List<CSVRecord> summary = night.csv(NIGHT, "summary.csv");
		assertThat(summary).extracting(r -> r.get("file")).containsExactly("excel-export-002.csv",
				"excel-export-005.csv", "excel-export-008.csv", "organizer-mistakes.csv", "roster-001.csv",
				"roster-003.csv", "roster-004.csv", "roster-006.csv", "roster-007.csv");
		for (CSVRecord file : summary) {
			assertThat(file.get("status")).isEqualTo("INGESTED");
			assertThat(number(file, "accepted") + number(file, "rejected") + number(file, "duplicate"))
				.as(file.get("file")).isEqualTo(number(file, "data_rows"));
			if (!file.get("file").equals("organizer-mistakes.csv")) {
				assertThat(number(file, "data_rows")).as(file.get("file"))
					.isEqualTo(dataRows(night.input.resolve("rosters").resolve(file.get("file"))));
			}
		}
		CSVRecord organizer = summary.get(3);
		assertThat(List.of(organizer.get("data_rows"), organizer.get("accepted"), organizer.get("rejected"),
				organizer.get("duplicate"))).containsExactly("21", "7", "13", "1");
		assertThat(number(summary.get(0), "accepted")).as("the CP932 Excel export").isGreaterThan(3000);

		assertThat(night.csv(NIGHT, "rejects/rosters/organizer-mistakes.rejects.csv"))
			.extracting(r -> r.get("line") + ":" + r.get("column") + ":" + r.get("code"))
			.containsExactly("7:会員番号:MISSING_FIELD", "8:会員番号:UNKNOWN_MEMBER", "9:氏名:NAME_MISMATCH", "11::DUPLICATE",
					"12:学術集会名:UNKNOWN_MEETING", "13:開催日:BAD_DATE", "14:開催日:FUTURE_DATE", "15:区分:BAD_CREDIT_TYPE",
					"16:テーマ:BAD_TOPIC", "17:単位数:BAD_UNITS", "19:講習ID:MISSING_FIELD", "20:氏名:NAME_MISMATCH",
					"21::MALFORMED_ROW", "22::MALFORMED_ROW");
		assertThat(night.text(NIGHT, "rejects/rosters/organizer-mistakes.rejects.csv"))
			.contains("'=HYPERLINK").contains("日本医学放射線学会関東地方会").contains("did you mean 0010022?").contains("0010022 ではありませんか");

		List<CSVRecord> eligibility = night.csv(NIGHT, "eligibility.csv");
		assertThat(eligibility).hasSize(300);
		assertThat(eligibility).extracting(r -> r.get("member_id") + " " + r.get("certification"))
			.isSortedAccordingTo(String::compareTo);
		Map<String, Long> statuses = eligibility.stream()
			.collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting()));
		assertThat(statuses.get("ELIGIBLE")).isBetween(60L, 240L);
		assertThat(statuses.get("SHORT")).isBetween(60L, 240L);
		assertThat(eligibility).extracting(r -> r.get("rules_version")).containsOnly("society-2012", "board-2026");
		assertThat(night.csv(NIGHT, "requirements.csv")).hasSize(100 * (7 + 8 + 13));
		assertThat(night.csv(NIGHT, "catalog.csv")).hasSize(342);
		assertThat(night.text(NIGHT, "run-summary.txt")).contains("Certifications judged: 300")
			.contains("INGESTED       organizer-mistakes.csv: 21 data rows: 7 accepted, 13 rejected, 1 duplicate");
	}

	@Test
	void judgesHandWrittenRecordsExactlyAsTheRulesSay() throws IOException {
		Night night = HandWrittenRecords.input(this.root);

		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED);

		HandWrittenRecords.assertJudgedExactly(night, NIGHT);
		assertThat(night.ledger()).contains(
				"b.csv,6,0000002,M0001,2023-04-13,SOCIETY_LECTURE,T1,医療の質:治療,0.0");
	}

	@Test
	void aCompletedRunDateChangesNothingAndSaysSo() throws IOException {
		Night night = Night.withShippedSample(this.root);
		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		List<String> reports = night.allReports(NIGHT);
		List<String> ledger = night.ledger();
		Files.delete(night.input.resolve("rosters/roster-003.csv"));

		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.NOTHING_TO_DO);

		assertThat(night.allReports(NIGHT)).isEqualTo(reports);
		assertThat(night.ledger()).isEqualTo(ledger);
		assertThat(night.query("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).containsExactly("1");
	}

	@Test
	void aNightWhereNothingChangedCarriesTheVerdictsOverAndAnyChangeJudgesAgain() throws IOException {
		Night night = Night.withShippedSample(this.root);
		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		String eligibility = night.text(NIGHT, "eligibility.csv");
		String requirements = night.text(NIGHT, "requirements.csv");
		String shortfall = night.text(NIGHT, "shortfall.csv");

		assertThat(night.run("2026-11-25")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.text("2026-11-25", "run-summary.txt"))
			.contains("Verdicts carried over from the run of 2026-11-24").contains("Certifications judged: 300");
		assertThat(night.text("2026-11-25", "eligibility.csv")).isEqualTo(eligibility);
		// Its counts per certification (taken from the figures the night before recorded) are that night's.
		assertThat(verdictCounts(night.text("2026-11-25", "run-summary.txt"))).hasSize(3)
			.isEqualTo(verdictCounts(night.text(NIGHT, "run-summary.txt")));
		assertThat(night.text("2026-11-25", "requirements.csv")).isEqualTo(requirements);
		assertThat(night.text("2026-11-25", "shortfall.csv")).isEqualTo(shortfall);
		// The verdicts' rows are kept once, under the night that judged them; the carrying night points to them.
		assertThat(night.query("SELECT run_date, SUM(verdict_count) FROM verdict_chunks GROUP BY run_date"))
			.containsExactly("2026-11-24,300");
		assertThat(night.query("SELECT run_date, verdicts_of FROM verdict_runs ORDER BY run_date"))
			.containsExactly("2026-11-24,2026-11-24", "2026-11-25,2026-11-24");

		// The files carried over were edited since: judge again.
		Files.writeString(night.report("2026-11-25", "eligibility.csv"), "edited by hand\n");
		assertThat(night.run("2026-11-26")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.text("2026-11-26", "run-summary.txt")).doesNotContain("carried over");
		assertThat(night.text("2026-11-26", "eligibility.csv")).isEqualTo(eligibility);
		assertThat(night.text("2026-11-26", "run-summary.txt")).contains(
				"Changes since the run of 2026-11-25: 0 became ELIGIBLE, 0 became SHORT, 0 certifications new, 0 no longer listed");
		assertThat(night.query("SELECT run_date, SUM(verdict_count) FROM verdict_chunks GROUP BY run_date ORDER BY run_date"))
			.containsExactly("2026-11-24,300", "2026-11-26,300");

		// shortfall.csv, opened in Excel and saved: judge again too.
		Files.writeString(night.report("2026-11-26", "shortfall.csv"), "member_id,name\n");
		assertThat(night.run("2026-11-27")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.text("2026-11-27", "run-summary.txt")).doesNotContain("carried over");
		assertThat(night.text("2026-11-27", "shortfall.csv")).isEqualTo(shortfall);

		// A certification changed: judge again.
		Path certifications = night.input.resolve("members/certifications.csv");
		Files.writeString(certifications, Files.readString(certifications).replace("0010001,BOARD,2027-08-31,,10",
				"0010001,BOARD,2027-08-31,,4"));
		assertThat(night.run("2026-11-28")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.text("2026-11-28", "run-summary.txt")).doesNotContain("carried over");
		assertThat(night.text("2026-11-28", "requirements.csv")).contains("0010001,BOARD,CLINICAL_UNITS,5,4,4,false");
		// (Had the night before's rows been lost, every certification would be "new".)
		assertThat(night.text("2026-11-28", "run-summary.txt")).contains(
				"Changes since the run of 2026-11-27: 0 became ELIGIBLE, 0 became SHORT, 0 certifications new");
		assertThat(night.query("SELECT DISTINCT run_date FROM verdict_chunks ORDER BY run_date"))
			.containsExactly("2026-11-27", "2026-11-28");
	}

	@Test
	void rerunningTheCreditsOfANightWhoseVerdictsLaterNightsCarriedLeavesThoseNightsTheirVerdicts() throws IOException {
		Night night = Night.withShippedSample(this.root);
		night.run(NIGHT);
		assertThat(night.run("2026-11-25")).isEqualTo(ExitCodes.COMPLETED);
		Path certifications = night.input.resolve("members/certifications.csv");
		List<String> lines = Files.readAllLines(certifications);
		Files.write(certifications, lines.stream().filter(line -> !line.startsWith("0010001,BOARD,")).toList());
		assertThat(night.run("2026-11-26")).isEqualTo(ExitCodes.COMPLETED);
		String summary = night.text("2026-11-26", "run-summary.txt");
		assertThat(summary).contains("Changes since the run of 2026-11-25: 0 became ELIGIBLE, 0 became SHORT, "
				+ "0 certifications new, 1 no longer listed");

		// 2026-11-24 judged again on today's inputs: 2026-11-25 carried its verdicts and keeps them.
		assertThat(night.command("rerun-step", "2026-11-24", "credits")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.query("SELECT run_date, verdicts_of FROM verdict_runs WHERE run_date = '2026-11-25'"))
			.containsExactly("2026-11-25,2026-11-25");
		assertThat(night.query("SELECT run_date, SUM(verdict_count) FROM verdict_chunks GROUP BY run_date ORDER BY run_date"))
			.containsExactly("2026-11-24,299", "2026-11-25,300", "2026-11-26,299");
		assertThat(night.command("rerun-step", "2026-11-26", "reports")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.text("2026-11-26", "run-summary.txt")).isEqualTo(summary);
	}

	@Test
	void aRunThatFailsDuringIngestionResumesAndEndsAsAnUninterruptedRun() throws IOException {
		Night uninterrupted = Night.withShippedSample(this.root.resolve("uninterrupted"));
		assertThat(uninterrupted.run(NIGHT, "--renewal.chunk-size=500")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		Night interrupted = Night.withShippedSample(this.root.resolve("interrupted"));
		FaultInjection.chunks.set(0);
		assertThat(interrupted.run(new Class<?>[] { FaultInjection.class }, NIGHT, "--renewal.chunk-size=500"))
			.isEqualTo(ExitCodes.FAILED);
		int partial = interrupted.ledger().size();
		assertThat(partial).as("chunks committed before the fault").isPositive()
			.isLessThan(uninterrupted.ledger().size());
		assertThat(interrupted.query("SELECT status FROM BATCH_JOB_EXECUTION")).containsExactly("FAILED");

		assertThat(interrupted.run(NIGHT, "--renewal.chunk-size=500")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(interrupted.ledger()).isEqualTo(uninterrupted.ledger());
		assertThat(interrupted.rosterProblems()).isNotEmpty()
			.isEqualTo(uninterrupted.rosterProblems());
		assertThat(interrupted.allReports(NIGHT)).isEqualTo(uninterrupted.allReports(NIGHT));
		assertThat(interrupted.query("SELECT status FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(interrupted.output.resolve("spool")).doesNotExist();
	}

	/**
	 * The credits step fails in its second chunk of members, after the judged files took that chunk's lines:
	 * resumed, it truncates them back to the first chunk, and eligibility.csv, requirements.csv and
	 * shortfall.csv come out as an uninterrupted night's.
	 */
	@Test
	void aRunThatFailsWhileJudgingResumesAndWritesTheSameVerdictFiles() throws IOException {
		Path input = this.root.resolve("generated");
		List<String> table = Files.readAllLines(Path.of("input/catalog/accredited-meetings.md"), StandardCharsets.UTF_8);
		new InputGenerator(new InputGenerator.Settings(1_200, 12_000, 6, 0.005, 7, LocalDate.parse(NIGHT), false), table)
			.writeTo(input, Path.of("input/catalog/accredited-meetings.md"));
		Night uninterrupted = new Night(this.root.resolve("uninterrupted"));
		Night.copy(input, uninterrupted.input);
		assertThat(uninterrupted.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(uninterrupted.text(NIGHT, "shortfall.csv").lines().count()).as("members short").isGreaterThan(1);

		Night interrupted = new Night(this.root.resolve("interrupted"));
		Night.copy(input, interrupted.input);
		JudgingFault.chunks.set(0);
		assertThat(interrupted.run(new Class<?>[] { JudgingFault.class }, NIGHT)).isEqualTo(ExitCodes.FAILED);
		assertThat(interrupted.report(NIGHT, "eligibility.csv")).doesNotExist();
		int judged = Integer.parseInt(interrupted.query("SELECT SUM(verdict_count) FROM verdict_chunks").get(0));
		assertThat(judged).as("the first chunk's verdicts, committed").isPositive()
			.isLessThan(Integer.parseInt(uninterrupted.query("SELECT SUM(verdict_count) FROM verdict_chunks").get(0)));

		assertThat(interrupted.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		for (String file : List.of("eligibility.csv", "requirements.csv", "shortfall.csv")) {
			assertThat(interrupted.text(NIGHT, file)).as(file).isEqualTo(uninterrupted.text(NIGHT, file));
		}
		assertThat(interrupted.allReports(NIGHT)).isEqualTo(uninterrupted.allReports(NIGHT));
	}

	@Test
	void aFailedNightOvertakenByTheNextIsResumedWithoutTouchingWhatTheNextTookIn() throws IOException {
		String nextNight = "2026-11-25";
		Night onlyNext = Night.withShippedSample(this.root.resolve("only-next"));
		dropLastRow(onlyNext.input.resolve("rosters/roster-001.csv"));
		assertThat(onlyNext.run(nextNight, "--renewal.chunk-size=500")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		Night night = Night.withShippedSample(this.root.resolve("overtaken"));
		FaultInjection.chunks.set(0);
		assertThat(night.run(new Class<?>[] { FaultInjection.class }, NIGHT, "--renewal.chunk-size=500"))
			.isEqualTo(ExitCodes.FAILED);
		assertThat(night.ledger()).as("chunks committed before the fault").isNotEmpty();
		// The failed night is left as it is; an organizer corrects a roster and the next night runs.
		dropLastRow(night.input.resolve("rosters/roster-001.csv"));
		assertThat(night.run(nextNight, "--renewal.chunk-size=500")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		List<String> ledger = night.ledger();
		assertThat(ledger).as("what the failed night left half-done was taken in again, once")
			.isEqualTo(onlyNext.ledger());
		assertThat(night.rosterProblems()).isEqualTo(onlyNext.rosterProblems());

		assertThat(night.command("restart", NIGHT)).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(night.ledger()).isEqualTo(ledger);
		assertThat(night.rosterProblems()).isEqualTo(onlyNext.rosterProblems());
		assertThat(night.query("SELECT status FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
			.containsExactly("FAILED", "COMPLETED", "COMPLETED");
	}

	private static void dropLastRow(Path roster) throws IOException {
		List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
		Files.write(roster, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
	}

	@Test
	void aCorrectedRosterReplacesWhatItContributedAndAnUnchangedOneIsSkipped() throws IOException {
		Night night = Night.withCatalog(this.root);
		night.write("members/members.csv", "member_id,name,birth_date\n0000001,山田 太郎,1960-04-01\n");
		night.write("members/certifications.csv",
				"member_id,certification,expires_on,grace,clinical_units\n0000001,SOCIETY_DIAGNOSTIC,2027-08-31,,\n");
		night.write("rosters/kanto.csv", """
				member_id,meeting,held_on
				0000001,日本医学放射線学会関東地方会,2024-09-20
				""");
		night.write("rosters/congress.csv", """
				member_id,meeting,held_on
				0000001,日本医学放射線学会 総会,2024-04-11
				0000001,日本医学放射線学会 総会,2025-04-10
				0000001,日本医学放射線学会 総会,2026-13-01
				""");
		assertThat(night.run("2026-11-24")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(night.csv("2026-11-24", "eligibility.csv").get(0).get("counted_units")).isEqualTo("35");

		night.write("rosters/congress.csv", """
				member_id,meeting,held_on
				0000001,日本医学放射線学会 総会,2024-04-11
				0000001,日本医学放射線学会 秋季臨床大会,2025-10-01
				""");
		night.write("rosters/autumn.csv", """
				member_id,meeting,held_on
				0000001,日本医学放射線学会 秋季臨床大会,2024-10-01
				""");
		assertThat(night.run("2026-11-25")).isEqualTo(ExitCodes.COMPLETED);

		assertThat(night.csv("2026-11-25", "summary.csv")).extracting(r -> String.join(",", r.values()))
			.containsExactly("autumn.csv,INGESTED,1,1,0,0", "congress.csv,REPLACED,2,2,0,0",
					"kanto.csv,UNCHANGED,1,1,0,0");
		assertThat(night.ledger()).extracting(row -> row.substring(0, row.indexOf(",0000001"))).containsExactly(
				"autumn.csv,2", "congress.csv,2", "congress.csv,3", "kanto.csv,2");
		assertThat(night.csv("2026-11-25", "eligibility.csv").get(0).get("counted_units")).isEqualTo("50");
		assertThat(night.report("2026-11-25", "rejects")).doesNotExist();
		assertThat(night.text("2026-11-25", "run-summary.txt"))
			.contains("REPLACED       congress.csv: 2 data rows: 2 accepted, 0 rejected, 0 duplicate (the version it replaces had 2 accepted)")
			.contains("Changes since the run of 2026-11-24");
	}

	@Test
	void aFileThatCannotBeReadIsRejectedAsAWholeAndTriedAgainUntilFixed() throws IOException {
		Night night = Night.withCatalog(this.root);
		night.write("members/members.csv", "member_id,name,birth_date\n0000001,山田 太郎,1960-04-01\n");
		night.write("members/certifications.csv", "member_id,certification,expires_on,grace,clinical_units\n");
		night.write("rosters/no-date.csv", "会員番号,学術集会名\n0000001,日本医学放射線学会 総会\n\n0000001,日本医学放射線学会 総会\n");
		Files.write(night.input.resolve("rosters/binary.csv"), new byte[] { 'a', ',', (byte) 0x81, (byte) 0x7F, '\n' });
		Files.write(night.input.resolve("rosters/empty.csv"), new byte[0]);
		Files.createDirectories(night.input.resolve("rosters/archive.csv"));
		night.write("rosters/~$lock.csv", "x");
		night.write("rosters/notes.txt", "x");

		assertThat(night.run("2026-11-24")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(night.csv("2026-11-24", "summary.csv")).extracting(r -> String.join(",", r.values()))
			.containsExactly("binary.csv,FILE_REJECTED,0,0,0,0", "empty.csv,FILE_REJECTED,0,0,0,0",
					"no-date.csv,FILE_REJECTED,2,0,2,0");
		assertThat(night.csv("2026-11-24", "rejects/rosters/no-date.rejects.csv"))
			.extracting(r -> r.get("line") + ":" + r.get("column") + ":" + r.get("code"))
			.containsExactly("0:held_on:BAD_HEADER");
		assertThat(night.csv("2026-11-24", "rejects/rosters/binary.rejects.csv").get(0).get("code"))
			.isEqualTo("FILE_UNREADABLE");
		assertThat(night.text("2026-11-24", "run-summary.txt")).contains("archive.csv: a folder")
			.contains("~$lock.csv: a hidden or temporary file").contains("notes.txt: not a .csv file");

		night.write("rosters/no-date.csv", "会員番号,学術集会名,開催日\n0000001,日本医学放射線学会 総会,2024/4/11\n");
		assertThat(night.run("2026-11-25")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(night.csv("2026-11-25", "summary.csv")).extracting(r -> r.get("file") + ":" + r.get("status"))
			.containsExactly("binary.csv:FILE_REJECTED", "empty.csv:FILE_REJECTED", "no-date.csv:INGESTED");
	}

	@Test
	void oversizedValuesAreRejectedRowsNotAFailedNight() throws IOException {
		Night night = Night.withCatalog(this.root);
		night.write("members/members.csv", "member_id,name,birth_date\n0000001,山田 太郎,1960-04-01\n");
		night.write("members/certifications.csv", "member_id,certification,expires_on,grace,clinical_units\n");
		night.write("rosters/a.csv", "member_id,meeting,held_on,credit_type,topic,lecture_id,units\n"
				+ "0000001,日本医学放射線学会 総会,2025-04-10,COMMON_LECTURE,医療安全," + "L".repeat(150) + ",1\n"
				+ "0000001,日本医学放射線学会 総会,2025-04-10," + "x".repeat(5000) + ",,,,extra\n"
				+ "0" + "1".repeat(40) + ",日本医学放射線学会 総会,2025-04-10,,,,\n");
		night.write("rosters/A.CSV", "member_id,meeting,held_on\n0000001,Y会,2025-04-10\n");

		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(night.csv(NIGHT, "rejects/rosters/a.csv.rejects.csv"))
			.extracting(r -> r.get("line") + ":" + r.get("code"))
			.containsExactly("2:TOO_LONG", "3:MALFORMED_ROW", "4:UNKNOWN_MEMBER");
		assertThat(night.csv(NIGHT, "rejects/rosters/A.CSV.rejects.csv")).extracting(r -> r.get("code"))
			.containsExactly("UNKNOWN_MEETING");
	}

	@Test
	void badUsageIsRefusedBeforeAnythingRuns() throws IOException {
		Night night = Night.withCatalog(this.root);
		assertThat(night.run("2026-13-01")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(new Night(this.root.resolve("nowhere")).run(NIGHT)).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.run(NIGHT, "--renewal.rules=" + this.root.resolve("no-rules"))).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.run(NIGHT, "--ouput=elsewhere")).as("a mistyped option").isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.run(NIGHT, "--renewal.chunk-size=0")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.run(NIGHT)).as("members.csv is missing").isEqualTo(ExitCodes.FAILED);
	}

	static int number(CSVRecord record, String column) {
		return Integer.parseInt(record.get(column));
	}

	/** Data rows counted independently of the job: records after the header, blank ones aside. */
	static long dataRows(Path roster) throws IOException {
		byte[] bytes = Files.readAllBytes(roster);
		String text = new String(bytes, TextEncoding.detect(bytes).orElseThrow());
		try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
			return parser.stream().filter(r -> !String.join("", r.values()).isBlank()).count() - 1;
		}
	}

	/** The lines of a run summary that count the verdicts of each certification. */
	private static List<String> verdictCounts(String runSummary) {
		return runSummary.lines().filter(line -> line.matches("  \\S+ +ELIGIBLE +\\d+ +SHORT +\\d+")).toList();
	}

}
