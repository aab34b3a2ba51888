package jp.or.jrs.renewal.report;

import java.util.Locale;
import java.util.Map;

import jp.or.jrs.renewal.support.Problem;

/**
 * An organizer's report as a page: the file and what became of it, its counts, what to do, the problems by
 * code and every problem by line. The portal shows the same {@link #main} inside its upload page; the style
 * and the footer are those of every other page ({@link Pages.Frame}).
 * <p>
 * Written here rather than by the template engine because the night writes hundreds of these pages: the
 * template's thirty-odd expressions a page each resolved their methods and properties again by reflection
 * (Thymeleaf's evaluation context restricts SpEL's resolvers, which defeats SpEL's caches), 0.25 s of
 * processor time a first 1M-row night (measured in {@code bench/RESULTS.md}). Every outside value goes
 * through {@link Html#text}, which escapes exactly as the templates' {@code th:text} does. The markup,
 * whitespace included, is the one the template wrote, so the pages of a night are the same bytes as before.
 */
final class OrganizerHtml {

	private final StringBuilder html;

	private OrganizerHtml(int capacity) {
		this.html = new StringBuilder(capacity);
	}

	static String page(OrganizerReport report, Pages.Frame frame) {
		OrganizerHtml page = new OrganizerHtml(capacity(report) + frame.style().length() + 1024);
		page.raw(Html.PAGE_START)
			.text("名簿の確認結果 " + report.fileName()).raw("</title>\n\n").raw(frame.style()).raw("\n</head>\n<body>\n<main>")
			.mainPart(report)
			.raw("</main>\n").raw(frame.footer()).raw("\n</body>\n</html>\n");
		return page.html.toString();
	}

	/** What the page's {@code <main>} holds, for the page and for the portal's upload page. */
	static String main(OrganizerReport report) {
		return new OrganizerHtml(capacity(report)).mainPart(report).html.toString();
	}

	private static int capacity(OrganizerReport report) {
		return 4096 + report.problems().size() * 360;
	}

	private OrganizerHtml mainPart(OrganizerReport report) {
		raw("\n<h1>名簿の確認結果 <span class=\"en\">Roster report</span></h1>\n<p class=\"sub\"><code>").text(report.fileName())
			.raw("</code>\n\t");
		String asOf = report.asOf().toString();
		if (report.status() == null) {
			raw("<span>").text("・ 送付前の確認 (" + asOf + " 現在) / checked before sending, as of " + asOf).raw("</span>\n\t\n\t");
		}
		else {
			raw("\n\t<span>").text("・ " + asOf + " の夜間処理 / the night of " + asOf + " ・ " + report.status())
				.raw("</span>\n\t");
		}
		if (report.dashboard() != null) {
			raw("<a class=\"no-print\" href=\"").text(report.dashboard()).raw("\">・ 処理全体 / the whole run</a>");
		}
		raw("</p>\n\n<div class=\"cards\">\n");
		card("データ行 <span class=\"en\">data rows</span>", "value", "data-rows", report.dataRows());
		card("受付 <span class=\"en\">accepted</span>", "value ok", "accepted", report.accepted());
		card("不採用 <span class=\"en\">rejected</span>", "value short", "rejected", report.rejected());
		card("重複 <span class=\"en\">duplicate</span>", "value", "duplicate", report.duplicate());
		raw("</div>\n\n");
		boolean clean = report.problems().isEmpty();
		boolean fileRejected = report.fileRejected();
		if (clean) {
			raw("<p class=\"ok\" id=\"verdict\">問題はありません。すべての行を受け付けます。<br><span class=\"en\">No problems: every row is accepted.</span></p>");
		}
		raw("\n");
		if (fileRejected) {
			raw("<div class=\"note\" id=\"verdict\">ファイル全体を読めません。下の問題を直して、同じファイル名で送り直してください。<br>\n"
					+ "\t<span class=\"en\">The file cannot be read as a whole: fix the problem below and send it again under the same name.</span></div>");
		}
		raw("\n");
		if (!clean && !fileRejected) {
			raw("<p id=\"verdict\">下の行を直して、同じファイル名で送り直してください(送り直したファイルが前のものに置き換わります)。<br>\n"
					+ "\t<span class=\"en\">Correct the rows below and send the file again under the same name: it replaces the version sent before.</span></p>");
		}
		raw("\n\n");
		if (!clean) {
			raw("\n<h2>問題の内訳 <span class=\"en\">Problems by code</span></h2>\n<table class=\"codes\">\n"
					+ "\t<thead><tr><th>コード <span class=\"en\">code</span></th><th class=\"num\">件数 <span class=\"en\">count</span></th></tr></thead>\n"
					+ "\t<tbody>");
			for (Map.Entry<String, Long> code : report.codes().entrySet()) {
				raw("<tr><td><code>").text(code.getKey()).raw("</code></td><td class=\"num\">").raw(count(code.getValue()))
					.raw("</td></tr>");
			}
			raw("</tbody>\n</table>\n\n<h2>問題のある行 <span class=\"en\">Every problem, by line</span></h2>\n<table id=\"problems\">\n"
					+ "\t<thead><tr>\n\t\t<th class=\"num\">行 <span class=\"en\">line</span></th>\n"
					+ "\t\t<th>列 <span class=\"en\">column</span></th>\n\t\t<th>コード <span class=\"en\">code</span></th>\n"
					+ "\t\t<th>内容と直し方 <span class=\"en\">what is wrong, what would be right</span></th>\n"
					+ "\t\t<th>送られた値 <span class=\"en\">value sent</span></th>\n\t</tr></thead>\n\t<tbody>");
			problemRows(report);
			raw("</tbody>\n</table>\n");
		}
		return raw("\n");
	}

	private void card(String label, String valueClass, String id, long value) {
		raw("\t<div class=\"card\"><div>").raw(label).raw("</div><div class=\"").raw(valueClass).raw("\" id=\"").raw(id)
			.raw("\">").raw(count(value)).raw("</div></div>\n");
	}

	/** A count as the templates' {@code #numbers.formatInteger(n, 1, 'COMMA')} writes it: 12,345. */
	private static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** Every problem, a row each: a roster may have thousands. */
	private void problemRows(OrganizerReport report) {
		for (Problem p : report.problems()) {
			raw("<tr><td class=\"num\">").text((p.line() == 0) ? "ファイル / file" : Integer.toString(p.line()))
				.raw("</td><td>").text(p.column())
				.raw("</td><td><code class=\"code\">").text(p.code())
				.raw("</code></td><td class=\"fix\"><span>").text(p.message().ja())
				.raw("</span><br><span class=\"en\">").text(p.message().en())
				.raw("</span></td><td class=\"value-cell\">").text(p.value())
				.raw("</td></tr>\n");
		}
	}

	private OrganizerHtml raw(String markup) {
		this.html.append(markup);
		return this;
	}

	private OrganizerHtml text(String value) {
		Html.text(this.html, value);
		return this;
	}

}
