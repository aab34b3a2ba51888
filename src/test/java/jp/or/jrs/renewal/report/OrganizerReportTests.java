package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizer's page, rendered from its template: counts, every problem in both languages, all escaped. */
class OrganizerReportTests {

	final Pages pages = new Pages();

	@Test
	void showsCountsAndEveryProblemInBothLanguagesWithTheValueAsText() {
		OrganizerReport report = new OrganizerReport("congress<b>.csv", LocalDate.of(2026, 11, 24),
				RosterFileStatus.INGESTED, 3, 1, 1, 1,
				List.of(new Problem(12, "学術集会名", "UNKNOWN_MEETING", new Message("認定学術集会一覧にない名称です", "not an accredited meeting"),
						"<script>alert('x')</script>"), new Problem(13, "", "DUPLICATE", new Message("重複", "duplicate"), "")),
				"../../index.html");

		String page = this.pages.render("organizer", Map.of("report", report));

		assertThat(page).contains("congress&lt;b&gt;.csv").doesNotContain("congress<b>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>")
			.contains("認定学術集会一覧にない名称です").contains("not an accredited meeting")
			.contains("<div class=\"value\" id=\"data-rows\">3</div>").contains("href=\"../../index.html\"");
	}

	@Test
	void aCleanCheckSaysEveryRowIsAccepted() {
		String page = this.pages.render("organizer", Map.of("report", new OrganizerReport("good.csv",
				LocalDate.of(2026, 11, 24), null, 2, 2, 0, 0, List.of(), null)));
		assertThat(page).contains("問題はありません").contains("No problems: every row is accepted.")
			.contains("送付前の確認").doesNotContain("id=\"problems\"");
	}

}
