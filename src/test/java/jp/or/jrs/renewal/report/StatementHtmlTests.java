package jp.or.jrs.renewal.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.credits.MemberCredits;
import jp.or.jrs.renewal.credits.RuleBook;
import jp.or.jrs.renewal.credits.RulesEngine;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Certification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement is written outside the templates: every value must still be escaped as text, and every
 * credit of the member shown once, with its fate in each certification.
 */
class StatementHtmlTests {

	static final String HOSTILE = "<img src=x onerror=\"alert('x')\">&";

	static final Meeting CONGRESS = new Meeting(MeetingId.parse("M0001"), 1, "", "日本医学放射線学会 総会", List.of(), true,
			new BigDecimal("15"), new BigDecimal("3"), new BigDecimal("12"), 1);

	static final Meeting HOSTILE_MEETING = new Meeting(MeetingId.parse("M0100"), 7, "7-1", HOSTILE, List.of(), false,
			new BigDecimal("5"), new BigDecimal("2"), new BigDecimal("1"), 2);

	static final Pages.Frame FRAME = new Pages.Frame("<style></style>", "<footer></footer>");

	final List<Credit> credits = new ArrayList<>();

	Credit attend(int fileId, int line, Meeting meeting, String heldOn, String reportedAs) {
		Credit credit = new Credit(fileId, line, "0012345", meeting.id(), reportedAs, LocalDate.parse(heldOn),
				CreditType.ATTENDANCE, "", Topic.NONE, BigDecimal.ZERO);
		this.credits.add(credit);
		return credit;
	}

	MemberStatement statement() {
		RulesEngine engine = new RulesEngine(RuleBook.read(Path.of("jobs/rules")),
				Map.of(CONGRESS.id(), CONGRESS, HOSTILE_MEETING.id(), HOSTILE_MEETING));
		MemberCredits member = new MemberCredits("0012345", LocalDate.of(1970, 1, 1),
				List.of(new Certification("0012345", "SOCIETY_DIAGNOSTIC", LocalDate.parse("2027-08-31"), false, 0),
						new Certification("0012345", "BOARD", LocalDate.parse("2030-03-31"), false, 0)),
				this.credits);
		return MemberStatement.of("0012345", HOSTILE, LocalDate.parse("2026-11-24"),
				engine.explain(member, List.of(CONGRESS, HOSTILE_MEETING)), Map.of(1, "tokyo.csv", 2, "osaka " + HOSTILE));
	}

	@Test
	void showsEveryCreditOnceWithItsFateInEachCertification() {
		attend(1, 2, CONGRESS, "2023-04-10", "");
		attend(1, 3, CONGRESS, "2026-04-10", "");
		attend(2, 7, CONGRESS, "2026-04-10", "");
		attend(1, 9, CONGRESS, "2015-04-10", "");

		Element body = Jsoup.parse(StatementHtml.page(statement(), FRAME));
		Element credits = body.selectFirst("table.credits");

		assertThat(credits.select("thead th")).extracting(Element::text).containsExactly("開催日 date", "学術集会 meeting",
				"区分 kind", "放射線診断専門医 (日本医学放射線学会) SOCIETY_DIAGNOSTIC", "放射線科専門医 (日本専門医機構) BOARD");
		var rows = credits.select("tbody tr");
		assertThat(rows).as("the credit sent in two files is one row").hasSize(2);
		assertThat(rows.get(0).child(3).text()).as("2023 in the society's window").doesNotContain("期間外");
		assertThat(rows.get(0).child(4).text()).as("2023 before the board's window").isEqualTo("期間外 outside this window");
		assertThat(rows.get(1).child(1).text()).contains("osaka").contains("7 行目でも報告されています。1回だけ算入します")
			.contains("line 7: counted once");
		assertThat(rows.get(1).child(3).text()).isNotEqualTo("期間外 outside this window");
		assertThat(rows.get(1).child(4).text()).isNotEqualTo("期間外 outside this window");
		assertThat(body.select("table.outside tbody tr")).as("outside every window").singleElement()
			.extracting(Element::text).isEqualTo("2015-04-10 日本医学放射線学会 総会 参加");
	}

	@Test
	void escapesEveryOutsideValue() {
		attend(1, 2, HOSTILE_MEETING, "2026-04-10", "旧 " + HOSTILE);
		attend(2, 3, HOSTILE_MEETING, "2026-04-10", "");

		String html = StatementHtml.page(statement(), FRAME);

		assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;");
		assertThat(Jsoup.parse(html).title()).as("the member's name in the title").isEqualTo("単位取得状況 " + HOSTILE + " (0012345)");
		assertThat(Jsoup.parse(html).getElementById("member-name").text()).isEqualTo(HOSTILE);
		Element row = Jsoup.parse(html).selectFirst("table.credits tbody tr");
		assertThat(row.child(1).ownText()).isEqualTo(HOSTILE);
		assertThat(row.child(1).text()).contains("旧名称「旧 " + HOSTILE + "」で報告").contains("osaka " + HOSTILE);
	}

	@Test
	void drawsABarPerRequirementWithItsNeededMarkAndCap() {
		attend(1, 2, CONGRESS, "2026-04-10", "");

		Element requirements = Jsoup.parse(StatementHtml.page(statement(), FRAME)).selectFirst("section.certification table.requirements");

		assertThat(requirements.select("tbody tr")).isNotEmpty();
		assertThat(requirements.select(".track .needed-mark")).isNotEmpty();
		assertThat(requirements.select(".track .counted").attr("style")).matches("width:\\d+\\.\\d%");
	}

}
