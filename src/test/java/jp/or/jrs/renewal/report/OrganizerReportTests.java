package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizer's page: counts, every problem in both languages, all escaped, in the style of every page. */
class OrganizerReportTests {

	@Test
	void showsCountsAndEveryProblemInBothLanguagesWithTheValueAsText() {
		OrganizerReport report = new OrganizerReport("congress<b>.csv", LocalDate.of(2026, 11, 24),
				RosterFileStatus.INGESTED, 3, 1, 1, 1,
				List.of(new Problem(12, "学術集会名", "UNKNOWN_MEETING", new Message("認定学術集会一覧にない名称です", "not an accredited meeting"),
						"<script>alert('x')</script>"), new Problem(13, "", "DUPLICATE", new Message("重複", "duplicate"), "")),
				"../../index.html");

		String page = report.page(Pages.frame(report.asOf()));

		assertThat(page).contains("congress&lt;b&gt;.csv").doesNotContain("congress<b>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>")
			.contains("認定学術集会一覧にない名称です").contains("not an accredited meeting")
			.contains("<div class=\"value\" id=\"data-rows\">3</div>").contains("href=\"../../index.html\"");
	}

	@Test
	void aCleanCheckSaysEveryRowIsAccepted() {
		OrganizerReport clean = new OrganizerReport("good.csv", LocalDate.of(2026, 11, 24), null, 2, 2, 0, 0, List.of(),
				null);
		String page = clean.page(Pages.frame(clean.asOf()));
		assertThat(page).contains("問題はありません").contains("No problems: every row is accepted.")
			.contains("送付前の確認").doesNotContain("id=\"problems\"");
	}

	@Test
	void anUnreadableFileIsSaidSoAndLargeCountsAreGroupedByThousands() {
		OrganizerReport rejected = new OrganizerReport("whole.csv", LocalDate.of(2026, 11, 24),
				RosterFileStatus.FILE_REJECTED, 12345, 0, 12345, 0,
				List.of(new Problem(0, "", "BAD_HEADER", new Message("見出しが違います", "not the expected header"), "a,b")),
				"../../index.html");
		String page = rejected.page(Pages.frame(rejected.asOf()));
		assertThat(page).contains("<div class=\"value\" id=\"data-rows\">12,345</div>")
			.contains("<div class=\"note\" id=\"verdict\">ファイル全体を読めません")
			.doesNotContain("class=\"ok\" id=\"verdict\"").doesNotContain("<p id=\"verdict\">")
			.contains("<td class=\"num\">ファイル / file</td>").contains("の夜間処理 / the night of 2026-11-24 ・ FILE_REJECTED");
	}

	@Test
	void thePortalShowsWhatThePageHoldsInItsStyleAndFooter() {
		Pages.Frame frame = new Pages.Frame("<style>/* the style */</style>", "<footer>the footer</footer>");
		OrganizerReport report = new OrganizerReport("a&b.csv", LocalDate.of(2026, 11, 24), null, 1, 1, 0, 0, List.of(),
				null);
		String page = report.page(frame);
		assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n")
			.contains("<title>名簿の確認結果 a&amp;b.csv</title>\n\n<style>/* the style */</style>\n</head>\n<body>\n")
			.contains("<main>" + report.mainHtml() + "</main>\n<footer>the footer</footer>\n</body>\n</html>\n");
		assertThat(report.mainHtml()).contains("<code>a&amp;b.csv</code>").doesNotContain("a&b");
	}

}
