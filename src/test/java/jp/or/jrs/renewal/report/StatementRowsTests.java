package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.support.Message;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement's rows are written outside the template: every value must still be escaped as text. */
class StatementRowsTests {

	static final String HOSTILE = "<img src=x onerror=\"alert('x')\">&";

	@Test
	void escapesEveryValueOfACreditRow() {
		MemberStatement.Row row = new MemberStatement.Row(LocalDate.of(2025, 4, 10), HOSTILE,
				new Message("旧名称「" + HOSTILE + "」", "reported as " + HOSTILE), new Message("参加", "ATTENDANCE"),
				List.of(new Message("必須学術集会の単位: 15", "REQUIRED_MEETING_UNITS: 15 <b>")), false, true);

		String html = StatementRows.credits(List.of(row)) + StatementRows.leaving(List.of(row))
				+ StatementRows.outside(List.of(row));

		assertThat(html).doesNotContain("<img").doesNotContain("<b>")
			.contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;")
			.contains("<td>日本語".replace("日本語", "&lt;img")).contains("必須学術集会の単位: 15");
	}

	@Test
	void drawsABarWithItsNeededMarkAndCap() {
		String html = StatementRows.bars(List.of(new MemberStatement.Bar("OTHER_MEETING_UNITS", "その他の学術集会の単位", "30",
				"20", "", "20", 100, 66.7, null, 66.7, true, "0")));
		assertThat(html).contains("<tr class=\"met\">").contains("style=\"width:66.7%\"").contains("cap-mark")
			.doesNotContain("needed-mark").contains("<span>20</span> / <span>—</span>");
	}

}
