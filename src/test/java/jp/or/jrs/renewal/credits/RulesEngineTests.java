package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each requirement and cap of spec §4, judged by the shipped rule files ({@code jobs/rules}) on credits at
 * meetings shaped like the catalog's.
 */
class RulesEngineTests {

	static RuleBook rules;

	static final Map<MeetingId, Meeting> MEETINGS = new HashMap<>();

	/** 総会: category 1, 必須, 15 society units, 3 board units, lecture cap 12. */
	static final String CONGRESS = meeting("M0001", 1, "", true, "15", "3", "12");

	/** A JRS regional meeting: category 2, 必須, 5 units, 2 board units, cap 4. */
	static final String REGIONAL = meeting("M0003", 2, "", true, "5", "2", "4");

	/** 日本放射線腫瘍学会: group 4-1, 必須, 5 units. */
	static final String JASTRO = meeting("M0019", 4, "4-1", true, "5", "2", "5");

	/** A non-required meeting with 5 society units, board cap 1. */
	static final String OTHER = meeting("M0100", 7, "7-1", false, "5", "2", "1");

	/** A meeting with no society units. */
	static final String NO_UNITS = meeting("M0200", 7, "7-2", false, null, "1", "1");

	static String meeting(String id, int category, String group, boolean required, String units, String board,
			String cap) {
		MEETINGS.put(MeetingId.parse(id), new Meeting(MeetingId.parse(id), category, group, id, List.of(), required,
				(units != null) ? new BigDecimal(units) : null, new BigDecimal(board), new BigDecimal(cap), 0));
		return id;
	}

	@BeforeAll
	static void readShippedRules() {
		rules = RuleBook.read(Path.of("jobs/rules"));
	}

	final List<Credit> credits = new ArrayList<>();

	void attend(String meetingId, String heldOn) {
		this.credits.add(new Credit(0, 0, "1", MeetingId.parse(meetingId), "", LocalDate.parse(heldOn), CreditType.ATTENDANCE,
				"", Topic.NONE, BigDecimal.ZERO));
	}

	void lecture(String type, String meetingId, String heldOn, String lectureId, String topic, String units) {
		this.credits.add(new Credit(0, 0, "1", MeetingId.parse(meetingId), "", LocalDate.parse(heldOn),
				CreditType.valueOf(type), lectureId, Topic.parse(topic), new BigDecimal(units)));
	}

	Assessment judge(String certification, String expiresOn, boolean grace, int clinicalUnits) {
		return judge(certification, expiresOn, grace, clinicalUnits, LocalDate.of(1970, 1, 1));
	}

	Assessment judge(String certification, String expiresOn, boolean grace, int clinicalUnits, LocalDate birthDate) {
		Certification c = new Certification("1", certification, LocalDate.parse(expiresOn), grace, clinicalUnits);
		return new RulesEngine(rules, MEETINGS).assess(new MemberCredits("1", birthDate, List.of(c), this.credits))
			.get(0);
	}

	static RequirementResult requirement(Assessment assessment, String code) {
		return assessment.requirements().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	static void assertFigures(RequirementResult result, String needed, String earned, String counted, boolean met) {
		assertThat(result.needed() == null ? null : result.needed().stripTrailingZeros().toPlainString())
			.as(result.code() + " needed").isEqualTo(needed);
		assertThat(result.earned()).as(result.code() + " earned").isEqualByComparingTo(earned);
		assertThat(result.counted()).as(result.code() + " counted").isEqualByComparingTo(counted);
		assertThat(result.met()).as(result.code() + " met").isEqualTo(met);
	}

	@Test
	void aCreditAtAMeetingTheCatalogLacksStopsJudgingWithItsMeeting() {
		attend(CONGRESS, "2023-09-01");
		for (String lacking : List.of("M0002", "M9999")) {
			attend(lacking, "2023-10-01");
			assertThatThrownBy(() -> judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("the ledger names meeting " + lacking + ", which the catalog lacks");
			Certification certification = new Certification("1", "SOCIETY_DIAGNOSTIC", LocalDate.parse("2027-08-31"),
					false, 0);
			assertThatThrownBy(() -> new RulesEngine(rules, MEETINGS).explain(
					new MemberCredits("1", LocalDate.of(1970, 1, 1), List.of(certification), this.credits),
					List.copyOf(MEETINGS.values())))
				.hasMessage("the ledger names meeting " + lacking + ", which the catalog lacks");
			this.credits.remove(this.credits.size() - 1);
		}
	}

	/** A diagnostic radiologist with everything the society system asks for, in the 2022–2027 window. */
	void completeDiagnosticRecord() {
		attend(CONGRESS, "2023-04-13");
		attend(CONGRESS, "2024-04-11");
		attend(REGIONAL, "2024-06-01");
		attend(REGIONAL, "2025-06-01");
		for (String topic : List.of("医療安全・放射線防護", "医療倫理", "医療の質:診断")) {
			lecture("SOCIETY_LECTURE", CONGRESS, "2024-04-11", "S-" + topic, topic, "0");
		}
	}

	@Test
	void windowIsFiveYearsFromJuneToMayAndOneMoreWithGrace() {
		RenewalWindow normal = RenewalWindow.of(new Certification("1", "BOARD", LocalDate.of(2027, 8, 31), false, 0));
		assertThat(normal).isEqualTo(new RenewalWindow(LocalDate.of(2022, 6, 1), LocalDate.of(2027, 5, 31)));
		RenewalWindow grace = RenewalWindow.of(new Certification("1", "BOARD", LocalDate.of(2027, 8, 31), true, 0));
		assertThat(grace).isEqualTo(new RenewalWindow(LocalDate.of(2022, 6, 1), LocalDate.of(2028, 5, 31)));
		assertThat(grace.renewalYear()).isEqualTo(2028);
	}

	@Test
	void diagnosticRecordWithEverythingIsEligible() {
		completeDiagnosticRecord();
		attend(OTHER, "2023-01-10");
		attend(OTHER, "2023-02-10");
		Assessment a = judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0);
		assertThat(a.rulesVersion()).isEqualTo("society-2012");
		assertThat(a.requirements()).extracting(RequirementResult::code).containsExactly("REQUIRED_MEETING_UNITS",
				"OTHER_MEETING_UNITS", "TOTAL_UNITS", "ANNUAL_MEETING_ATTENDANCE", "SOCIETY_LECTURE:医療安全・放射線防護",
				"SOCIETY_LECTURE:医療倫理", "SOCIETY_LECTURE:医療の質:診断");
		assertFigures(requirement(a, "REQUIRED_MEETING_UNITS"), "40", "40", "40", true);
		assertFigures(requirement(a, "TOTAL_UNITS"), "60", "50", "50", false);
		attend(OTHER, "2023-03-10");
		attend(OTHER, "2023-04-10");
		a = judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0);
		assertFigures(requirement(a, "TOTAL_UNITS"), "60", "60", "60", true);
		assertThat(a.status()).isEqualTo("ELIGIBLE");
		assertThat(a.countedUnits()).isEqualByComparingTo("60");
		assertThat(a.unmet()).isEmpty();
	}

	@Test
	void otherMeetingsCountUpToTwentyAndTheCapIsNeverUnmet() {
		for (int month = 1; month <= 6; month++) {
			attend(OTHER, "2023-0" + month + "-10");
		}
		attend(NO_UNITS, "2023-07-10");
		Assessment a = judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0);
		assertFigures(requirement(a, "OTHER_MEETING_UNITS"), null, "30", "20", true);
		assertFigures(requirement(a, "TOTAL_UNITS"), "60", "30", "20", false);
		assertFigures(requirement(a, "REQUIRED_MEETING_UNITS"), "40", "0", "0", false);
	}

	@Test
	void requiredMeetingsAloneDoNotMakeTheTotalWithoutSixty() {
		completeDiagnosticRecord();
		Assessment a = judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0);
		assertThat(a.status()).isEqualTo("SHORT");
		assertThat(a.unmet()).containsExactly("TOTAL_UNITS");
	}

	@Test
	void diagnosticNeedsTwoAnnualMeetingsTherapeuticOne() {
		attend(CONGRESS, "2023-04-13");
		assertFigures(requirement(judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0), "ANNUAL_MEETING_ATTENDANCE"), "2",
				"1", "1", false);
		assertFigures(requirement(judge("SOCIETY_THERAPEUTIC", "2027-08-31", false, 0), "ANNUAL_MEETING_ATTENDANCE"),
				"1", "1", "1", true);
	}

	@Test
	void therapeuticNeedsTheJastroMeetingAndItsOwnQualityLecture() {
		attend(JASTRO, "2023-11-20");
		lecture("SOCIETY_LECTURE", CONGRESS, "2024-04-11", "Q1", "医療の質:診断", "0");
		Assessment a = judge("SOCIETY_THERAPEUTIC", "2027-08-31", false, 0);
		assertFigures(requirement(a, "JASTRO_MEETING_ATTENDANCE"), "1", "1", "1", true);
		assertFigures(requirement(a, "SOCIETY_LECTURE:医療の質:治療"), "1", "0", "0", false);
		assertThat(a.requirements()).extracting(RequirementResult::code).doesNotContain("SOCIETY_LECTURE:医療の質:診断");
	}

	@Test
	void countsOnlyCreditsInsideTheWindow() {
		attend(CONGRESS, "2022-05-31");
		attend(CONGRESS, "2022-06-01");
		attend(CONGRESS, "2027-05-31");
		attend(CONGRESS, "2027-06-01");
		assertFigures(requirement(judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0), "ANNUAL_MEETING_ATTENDANCE"), "2",
				"2", "2", true);
		assertFigures(requirement(judge("SOCIETY_DIAGNOSTIC", "2027-08-31", true, 0), "ANNUAL_MEETING_ATTENDANCE"), "2",
				"3", "3", true);
	}

	@Test
	void theSameCreditFromTwoFilesCountsOnce() {
		attend(CONGRESS, "2023-04-13");
		attend(CONGRESS, "2023-04-13");
		lecture("DOMAIN_LECTURE", CONGRESS, "2023-04-13", "D1", "診断", "2");
		lecture("DOMAIN_LECTURE", CONGRESS, "2023-04-13", "D1", "診断", "3");
		Assessment a = judge("BOARD", "2027-08-31", false, 10);
		assertFigures(requirement(a, "PARTICIPATION_UNITS"), null, "3", "3", true);
		assertFigures(requirement(a, "DOMAIN_LECTURE_UNITS"), "20", "3", "3", false);
	}

	@Test
	void boardClinicalUnitsNeedFiveAndCountUpToTen() {
		assertFigures(requirement(judge("BOARD", "2027-08-31", false, 4), "CLINICAL_UNITS"), "5", "4", "4", false);
		assertFigures(requirement(judge("BOARD", "2027-08-31", false, 10), "CLINICAL_UNITS"), "5", "10", "10", true);
	}

	@Test
	void domainLecturesCountAtMostTheLectureCapOfEachOccurrence() {
		lecture("DOMAIN_LECTURE", REGIONAL, "2023-06-01", "D1", "診断", "3");
		lecture("DOMAIN_LECTURE", REGIONAL, "2023-06-01", "D2", "治療", "3");
		lecture("DOMAIN_LECTURE", REGIONAL, "2024-06-01", "D1", "診断・治療", "1.5");
		lecture("DOMAIN_LECTURE", CONGRESS, "2024-04-11", "D1", "診断", "12");
		lecture("DOMAIN_LECTURE", CONGRESS, "2024-04-11", "D2", "診断", "2");
		Assessment a = judge("BOARD", "2027-08-31", false, 10);
		// 6 capped at 4, 1.5, and 14 capped at 12.
		assertFigures(requirement(a, "DOMAIN_LECTURE_UNITS"), "20", "21.5", "17.5", false);
	}

	@Test
	void participationCountsUpToTen() {
		for (int year = 2022; year <= 2026; year++) {
			attend(CONGRESS, year + "-10-01");
		}
		assertFigures(requirement(judge("BOARD", "2027-08-31", false, 10), "PARTICIPATION_UNITS"), null, "15", "10",
				true);
	}

	@Test
	void boardRulesChangeInRenewalYear2026() {
		lecture("COMMON_LECTURE", CONGRESS, "2022-10-01", "C1", "医療安全", "1");
		lecture("COMMON_LECTURE", CONGRESS, "2022-10-01", "C2", "感染対策", "1");
		lecture("COMMON_LECTURE", CONGRESS, "2022-10-01", "C3", "医療倫理", "1");
		Assessment in2025 = judge("BOARD", "2025-08-31", false, 10);
		assertThat(in2025.rulesVersion()).isEqualTo("board-2019");
		assertFigures(requirement(in2025, "COMMON_LECTURE_UNITS"), "3", "3", "3", true);
		assertThat(in2025.requirements()).extracting(RequirementResult::code).doesNotContain("COMMON_LECTURE:医療法制");
		Assessment in2026 = judge("BOARD", "2026-08-31", false, 10);
		assertThat(in2026.rulesVersion()).isEqualTo("board-2026");
		assertFigures(requirement(in2026, "COMMON_LECTURE_UNITS"), "8", "3", "3", false);
		assertThat(in2026.unmet()).contains("COMMON_LECTURE:医療法制", "COMMON_LECTURE:地域医療",
				"COMMON_LECTURE:医療福祉制度", "COMMON_LECTURE:医療経済", "COMMON_LECTURE:両立支援");
		// Grace moves a 2025 expiry into renewal year 2026.
		assertThat(judge("BOARD", "2025-08-31", true, 10).rulesVersion()).isEqualTo("board-2026");
	}

	@Test
	void commonLecturesCountUpToTenAndSocietyLecturesCountForTwoTopics() {
		lecture("SOCIETY_LECTURE", CONGRESS, "2023-04-13", "S1", "医療安全・放射線防護", "0");
		lecture("SOCIETY_LECTURE", CONGRESS, "2023-04-13", "S2", "医療倫理", "0");
		lecture("SOCIETY_LECTURE", CONGRESS, "2023-04-13", "S3", "医療の質:診断", "0");
		lecture("COMMON_LECTURE", CONGRESS, "2023-04-13", "C1", "感染対策", "6");
		lecture("COMMON_LECTURE", CONGRESS, "2024-04-11", "C1", "医療法制", "4.5");
		Assessment a = judge("BOARD", "2027-08-31", false, 10);
		assertFigures(requirement(a, "COMMON_LECTURE:医療安全"), "1", "1", "1", true);
		assertFigures(requirement(a, "COMMON_LECTURE:医療倫理"), "1", "1", "1", true);
		assertFigures(requirement(a, "COMMON_LECTURE:感染対策"), "1", "6", "6", true);
		assertFigures(requirement(a, "COMMON_LECTURE_UNITS"), "8", "12.5", "10", true);
	}

	@Test
	void boardTotalSumsEachComponentAsCounted() {
		for (int year = 2022; year <= 2026; year++) {
			attend(CONGRESS, year + "-10-01");
			lecture("DOMAIN_LECTURE", CONGRESS, year + "-10-01", "D1", "診断", "5");
		}
		for (String topic : List.of("医療安全", "感染対策", "医療倫理", "医療法制", "地域医療", "医療福祉制度", "医療経済", "両立支援")) {
			lecture("COMMON_LECTURE", CONGRESS, "2023-10-01", "C-" + topic, topic, "1.5");
		}
		Assessment a = judge("BOARD", "2027-08-31", false, 12);
		assertFigures(requirement(a, "TOTAL_UNITS"), "50", "64", "55", true);
		assertThat(a.status()).isEqualTo("ELIGIBLE");
		assertThat(a.neededUnits()).isEqualByComparingTo("50");
	}

	@Test
	void shortMembersOfSixtyFiveOrMoreMayRequestHonoraryStatus() {
		// Japanese law completes a year of age at the end of the day before the birthday: someone born on
		// 1962-09-01 is 65 on 2027-08-31.
		LocalDate turns65OnExpiry = LocalDate.of(1962, 9, 1);
		assertThat(RulesEngine.ageOn(turns65OnExpiry, LocalDate.of(2027, 8, 31))).isEqualTo(65);
		assertThat(RulesEngine.ageOn(turns65OnExpiry, LocalDate.of(2027, 8, 30))).isEqualTo(64);
		assertThat(judge("BOARD", "2027-08-31", false, 0, turns65OnExpiry).notes()).containsExactly("MAY_REQUEST_HONORARY");
		assertThat(judge("BOARD", "2027-08-31", false, 0, turns65OnExpiry.plusDays(1)).notes()).isEmpty();
		completeDiagnosticRecord();
		for (int month = 1; month <= 4; month++) {
			attend(OTHER, "2023-0" + month + "-10");
		}
		assertThat(judge("SOCIETY_DIAGNOSTIC", "2027-08-31", false, 0, turns65OnExpiry).notes()).isEmpty();
	}

}
