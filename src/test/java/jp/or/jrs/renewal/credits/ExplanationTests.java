package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.credits.Explanation.Contribution;
import jp.or.jrs.renewal.credits.Explanation.CreditFate;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Certification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a certification was judged as it was, credit by credit, on meetings shaped like the catalog's
 * ({@link RulesEngineTests}'s): the verdict is the same as the night's, and every unit is accounted for.
 */
class ExplanationTests {

	static final RuleBook RULES = RuleBook.read(Path.of("jobs/rules"));

	final List<Credit> credits = new ArrayList<>();

	int line = 1;

	Credit add(int fileId, String meeting, String heldOn, CreditType type, String lectureId, Topic topic, String units,
			String reportedAs) {
		Credit credit = new Credit(fileId, ++this.line, "1", MeetingId.parse(meeting), reportedAs, LocalDate.parse(heldOn),
				type, lectureId, topic, new BigDecimal(units));
		this.credits.add(credit);
		return credit;
	}

	Credit attend(String meeting, String heldOn) {
		return add(1, meeting, heldOn, CreditType.ATTENDANCE, "", Topic.NONE, "0", "");
	}

	Explanation explain(String certification, String expiresOn, int clinicalUnits) {
		RulesEngine engine = new RulesEngine(RULES, RulesEngineTests.MEETINGS);
		MemberCredits member = new MemberCredits("1", LocalDate.of(1970, 1, 1),
				List.of(new Certification("1", certification, LocalDate.parse(expiresOn), false, clinicalUnits)),
				this.credits);
		Explanation explanation = engine.explain(member, List.copyOf(RulesEngineTests.MEETINGS.values())).get(0);
		assertThat(explanation.assessment()).as("the same verdict as the night's").isEqualTo(engine.assess(member).get(0));
		return explanation;
	}

	static CreditFate fate(Explanation explanation, Credit credit) {
		return explanation.credits().stream().filter(f -> f.credit() == credit).findFirst().orElseThrow();
	}

	@Test
	void aCapIsTakenFromTheLatestCreditsAndEveryCountedUnitIsOnACredit() {
		List<Credit> others = new ArrayList<>();
		for (int month = 1; month <= 5; month++) {
			others.add(attend(RulesEngineTests.OTHER, "2023-0" + month + "-10"));
		}
		Explanation e = explain("SOCIETY_DIAGNOSTIC", "2027-08-31", 0);

		assertThat(fate(e, others.get(0)).contributions()).containsExactly(
				new Contribution("OTHER_MEETING_UNITS", new BigDecimal("5"), new BigDecimal("5"), false, null));
		Contribution last = fate(e, others.get(4)).contributions().get(0);
		assertThat(last.capped()).isTrue();
		assertThat(last.counted()).isEqualByComparingTo("0");
		assertThat(last.lost()).isEqualByComparingTo("5");
		BigDecimal onCredits = e.credits().stream().flatMap(f -> f.contributions().stream())
			.filter(c -> c.requirement().equals("OTHER_MEETING_UNITS")).map(Contribution::counted)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(onCredits).isEqualByComparingTo("20");
	}

	@Test
	void aMeetingOccurrenceCountsAtMostItsLectureCap() {
		Credit first = add(1, RulesEngineTests.OTHER, "2023-03-01", CreditType.DOMAIN_LECTURE, "D1", Topic.DIAGNOSTIC,
				"1", "");
		Credit second = add(1, RulesEngineTests.OTHER, "2023-03-01", CreditType.DOMAIN_LECTURE, "D2", Topic.DIAGNOSTIC,
				"1", "");
		Explanation e = explain("BOARD", "2027-08-31", 10);

		assertThat(fate(e, first).contributions()).singleElement()
			.satisfies(c -> assertThat(c.counted()).isEqualByComparingTo("1"));
		assertThat(fate(e, second).contributions()).singleElement().satisfies(c -> {
			assertThat(c.counted()).isEqualByComparingTo("0");
			assertThat(c.occurrenceCapped()).isTrue();
		});
	}

	@Test
	void sayWhatWasSentTwiceWhatCountsAsAnotherKindAndWhatLiesOutsideTheWindow() {
		Credit congress = attend(RulesEngineTests.CONGRESS, "2023-04-13");
		Credit again = add(2, RulesEngineTests.CONGRESS, "2023-04-13", CreditType.ATTENDANCE, "", Topic.NONE, "0", "");
		Credit safety = add(1, RulesEngineTests.CONGRESS, "2024-04-11", CreditType.SOCIETY_LECTURE, "S1",
				Topic.RADIATION_SAFETY, "0", "");
		Credit old = attend(RulesEngineTests.REGIONAL, "2021-06-01");
		Credit renamed = add(1, RulesEngineTests.JASTRO, "2023-11-20", CreditType.ATTENDANCE, "", Topic.NONE, "0",
				"旧研究会");
		Explanation e = explain("BOARD", "2027-08-31", 10);

		assertThat(fate(e, congress).alsoSent()).containsExactly(again);
		assertThat(e.credits()).extracting(CreditFate::credit).doesNotContain(again);
		assertThat(fate(e, safety).countsAlsoAs()).extracting(Contribution::requirement)
			.containsExactly("COMMON_LECTURE_UNITS", "COMMON_LECTURE:医療安全");
		assertThat(fate(e, safety).countsAlsoAs().get(0).as()).isEqualTo("COMMON_LECTURE 医療安全");
		assertThat(e.outside()).extracting(CreditFate::credit).containsExactly(old);
		assertThat(fate(e, renamed).credit().reportedAs()).isEqualTo("旧研究会");
	}

	@Test
	void saysWhatIsStillNeededWithTheMeetingsThatGiveTheMost() {
		attend(RulesEngineTests.OTHER, "2023-01-10");
		Explanation e = explain("SOCIETY_DIAGNOSTIC", "2027-08-31", 0);

		Explanation.Advice required = e.stillNeeded().stream().filter(a -> a.requirement().equals("REQUIRED_MEETING_UNITS"))
			.findFirst().orElseThrow();
		assertThat(required.missing()).isEqualByComparingTo("40");
		assertThat(required.meetings()).extracting(o -> o.meeting().id().toString() + " " + o.units().toPlainString())
			.startsWith("M0001 15");
		assertThat(e.stillNeeded()).extracting(Explanation.Advice::requirement).containsExactly("REQUIRED_MEETING_UNITS",
				"TOTAL_UNITS", "ANNUAL_MEETING_ATTENDANCE", "SOCIETY_LECTURE:医療安全・放射線防護", "SOCIETY_LECTURE:医療倫理",
				"SOCIETY_LECTURE:医療の質:診断");
	}

	@Test
	void saysWhatLeavesTheWindowIfTheRenewalSlipsAYear() {
		Credit early = attend(RulesEngineTests.CONGRESS, "2022-09-01");
		Credit later = attend(RulesEngineTests.CONGRESS, "2023-09-01");
		Explanation e = explain("SOCIETY_DIAGNOSTIC", "2027-08-31", 0);

		assertThat(e.slipStart()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(e.leaving()).extracting(CreditFate::credit).containsExactly(early).doesNotContain(later);
	}

}
