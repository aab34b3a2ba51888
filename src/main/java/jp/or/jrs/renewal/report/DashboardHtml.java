package jp.or.jrs.renewal.report;

import java.util.List;

import jp.or.jrs.renewal.report.Dashboard.FileRow;
import jp.or.jrs.renewal.report.Dashboard.Link;
import jp.or.jrs.renewal.support.Numbers;

/**
 * The office's pages as HTML: a run's dashboard ({@code output/<run.date>/index.html}) and the list of
 * every run ({@code output/index.html}). The style and the footer are those of every other page
 * ({@link Pages.Frame}).
 * <p>
 * Written here, as the organizers' reports and the statements are, rather than by the template engine: with
 * these two pages gone from the templates, no command of the night, of the mailing season or of an
 * organizer's {@code check} starts Thymeleaf (its engine, its parsed templates, the escaper's tables), which
 * took a thread of its own while the night ran, 0.1 s of a judged-again 1M night's two cores (measured in
 * {@code bench/RESULTS.md}). Every outside value goes through {@link Html#text}. The markup, whitespace
 * included, is the one the templates wrote, so the pages are the same bytes as before.
 */
final class DashboardHtml {

	private final StringBuilder html;

	private DashboardHtml(int capacity) {
		this.html = new StringBuilder(capacity);
	}

	/**
	 * A run's dashboard.
	 *
	 * @param files a row per roster file, in the report's order
	 * @param mostProblems the rows of the files with the most problems, most first
	 * @param changes the changes listed, {@code moreChanges} more not listed
	 * @param trend the trend's columns
	 * @param historyRows the history table's rows ({@link Dashboard#historyRows})
	 * @param links the files of the run folder to link to
	 */
	static String runPage(RunReport report, List<FileRow> files, List<FileRow> mostProblems,
			List<RunReport.Change> changes, int moreChanges, List<Charts.TrendColumn> trend,
			String historyRows, List<Link> links, Pages.Frame frame) {
		String runDate = String.valueOf(report.runDate());
		DashboardHtml page = new DashboardHtml(16384 + frame.style().length() + files.size() * 420
				+ changes.size() * 200 + trend.size() * 300 + historyRows.length());
		page.raw(Html.PAGE_START).text("更新単位 夜間処理 " + runDate).raw("</title>\n\n").raw(frame.style())
			.raw("\n</head>\n<body>\n<h1>").text("更新単位 夜間処理 " + runDate)
			.raw("</h1>\n<p class=\"sub\"><span class=\"en\">").text("Renewal credits: the run of " + runDate)
			.raw("</span>\n\t<a class=\"no-print\" href=\"../index.html\">すべての処理 / all runs</a></p>\n\n");
		page.carried(report).cards(report).verdicts(report.certifications()).changes(report, changes, moreChanges)
			.mostProblems(mostProblems).files(files).withdrawals(report)
			.raw("\n\n<h2>処理の推移 <span class=\"en\">History of runs</span></h2>\n").trend(trend)
			.history(historyRows).links(links);
		return page.raw(frame.footer()).raw("\n</body>\n</html>\n").html.toString();
	}

	/**
	 * The list of every run.
	 *
	 * @param runRows the table's rows, newest first ({@link Dashboard#runRows})
	 */
	static String runsPage(List<Charts.TrendColumn> trend, String runRows, Pages.Frame frame) {
		DashboardHtml page = new DashboardHtml(8192 + frame.style().length() + trend.size() * 300 + runRows.length());
		return page.raw(Html.PAGE_START).raw("更新単位 夜間処理の一覧</title>\n\n").raw(frame.style())
			.raw("\n</head>\n<body>\n<h1>更新単位 夜間処理の一覧 <span class=\"en\">Renewal credits: every run</span></h1>\n")
			.trend(trend)
			.raw("\n<table id=\"runs\">\n\t<thead><tr><th>処理日 <span class=\"en\">run</span></th>"
					+ "<th class=\"num\">名簿 <span class=\"en\">files</span></th><th class=\"num\">データ行 <span class=\"en\">rows</span></th>"
					+ "<th class=\"num\">受付 <span class=\"en\">accepted</span></th><th class=\"num\">不採用 <span class=\"en\">rejected</span></th>"
					+ "<th class=\"num\">重複 <span class=\"en\">duplicate</span></th><th class=\"num\">更新可 <span class=\"en\">ELIGIBLE</span></th>"
					+ "<th class=\"num\">不足 <span class=\"en\">SHORT</span></th><th>判定 <span class=\"en\">verdicts</span></th></tr></thead>\n\t<tbody>")
			.raw(runRows).raw("</tbody>\n</table>\n").raw(frame.footer()).raw("\n</body>\n</html>\n").html.toString();
	}

	/** Where the verdicts were carried over from, when they were. */
	private DashboardHtml carried(RunReport report) {
		if (report.carriedFrom() != null) {
			String from = report.carriedFrom().toString();
			raw("<p class=\"note\" id=\"carried\">")
				.text("判定は " + from + " の処理から引き継ぎました(名簿・会員・資格・学術集会一覧・規則・プログラムに変更なし)。"
						+ " / Verdicts carried over from the run of " + from + ": nothing they depend on changed.")
				.raw("</p>");
		}
		return raw("\n\n");
	}

	/** The night's figures, a card each. */
	private DashboardHtml cards(RunReport report) {
		return raw("<div class=\"cards\">\n")
			.card("更新可 <span class=\"en\">ELIGIBLE</span>", "value ok", "eligible", report.eligible())
			.card("不足 <span class=\"en\">SHORT</span>", "value short", "short", report.shortCount())
			.card("受け付けた名簿 <span class=\"en\">roster files taken in</span>", "value", "files-in",
					report.filesTakenIn().size())
			.card("受付行 <span class=\"en\">rows accepted</span>", "value", "rows-accepted", report.rowsAccepted())
			.card("不採用行 <span class=\"en\">rows rejected</span>", "value short", "rows-rejected",
					report.rowsRejected())
			.card("重複行 <span class=\"en\">rows duplicate</span>", "value", "rows-duplicate", report.rowsDuplicate())
			.raw("</div>\n\n");
	}

	/** Every roster file and its fate ({@link Dashboard#fileRows}). */
	private DashboardHtml files(List<FileRow> files) {
		return raw("<h2>名簿ファイル <span class=\"en\">Roster files and their fate</span></h2>\n<table id=\"files\">\n"
				+ "\t<thead><tr><th>ファイル <span class=\"en\">file</span></th><th>結果 <span class=\"en\">status</span></th>"
				+ "<th class=\"num\">データ行 <span class=\"en\">rows</span></th><th class=\"num\">受付 <span class=\"en\">accepted</span></th>"
				+ "<th class=\"num\">不採用 <span class=\"en\">rejected</span></th><th class=\"num\">重複 <span class=\"en\">duplicate</span></th>"
				+ "<th class=\"no-print\">報告 <span class=\"en\">reports</span></th></tr></thead>\n\t<tbody>")
			.raw(Dashboard.fileRows(files))
			.raw("</tbody>\n</table>\n\n");
	}

	/** The files withdrawn since the previous run, when there are any. */
	private DashboardHtml withdrawals(RunReport report) {
		if (!report.withdrawals().isEmpty()) {
			raw("\n<h2>取り下げ <span class=\"en\">Withdrawn since the previous run</span></h2>\n<ul>");
			for (var withdrawal : report.withdrawals()) {
				raw("<li>").text(withdrawal.describe()).raw("</li>");
			}
			raw("</ul>\n");
		}
		return this;
	}

	/** The history table, below its trend ({@link Dashboard#historyRows}). */
	private DashboardHtml history(String historyRows) {
		return raw("\n<table id=\"history\">\n\t<thead><tr><th>処理日 <span class=\"en\">run</span></th>"
				+ "<th class=\"num\">名簿 <span class=\"en\">files</span></th><th class=\"num\">受付行 <span class=\"en\">accepted</span></th>"
				+ "<th class=\"num\">不採用行 <span class=\"en\">rejected</span></th><th class=\"num\">更新可 <span class=\"en\">ELIGIBLE</span></th>"
				+ "<th class=\"num\">不足 <span class=\"en\">SHORT</span></th></tr></thead>\n\t<tbody>")
			.raw(historyRows)
			.raw("</tbody>\n</table>\n\n");
	}

	/**
	 * The run folder's files. Thymeleaf repeated the whitespace before an iterated element between its copies
	 * here (not in the tables and charts, whose rows follow their tag directly).
	 */
	private DashboardHtml links(List<Link> links) {
		raw("<h2>この処理のファイル <span class=\"en\">Reports of this run</span></h2>\n<ul class=\"links\">\n\t");
		for (int i = 0; i < links.size(); i++) {
			Link link = links.get(i);
			raw((i == 0) ? "<li><a href=\"" : "\n\t<li><a href=\"").text(link.href()).raw("\">").text(link.ja())
				.raw("</a> <span class=\"en\">").text(link.en() + " (" + link.href() + ")").raw("</span></li>");
		}
		return raw("\n</ul>\n");
	}

	private DashboardHtml card(String label, String valueClass, String id, long value) {
		return raw("\t<div class=\"card\"><div>").raw(label).raw("</div><div class=\"").raw(valueClass).raw("\" id=\"")
			.raw(id).raw("\">").raw(count(value)).raw("</div></div>\n");
	}

	/** The verdicts per certification: a bar each, then a table. */
	private DashboardHtml verdicts(List<RunReport.CertificationCount> certifications) {
		raw("<h2>資格ごとの判定 <span class=\"en\">Verdicts per certification</span></h2>\n<svg class=\"bar\" id=\"verdict-chart\""
				+ " role=\"img\" aria-label=\"ELIGIBLE and SHORT per certification\"\n\tviewBox=\"")
			.text("0 0 760 " + Charts.verdictsHeight(certifications))
			.raw("\" xmlns=\"http://www.w3.org/2000/svg\">\n\t");
		for (Charts.VerdictBar bar : Charts.verdicts(certifications)) {
			raw("<g transform=\"").text("translate(0," + bar.y() + ")").raw("\">\n\t\t<text x=\"0\" y=\"20\" font-size=\"15\">")
				.text(bar.label())
				.raw("</text>\n\t\t<g transform=\"translate(190,4)\">\n\t\t\t<rect x=\"0\" y=\"0\" height=\"22\" fill=\"#1b7f3b\" width=\"")
				.text(String.valueOf(bar.eligibleWidth()))
				.raw("\"></rect>\n\t\t\t<rect y=\"0\" height=\"22\" fill=\"#b3261e\" x=\"").text(String.valueOf(bar.shortX()))
				.raw("\" width=\"").text(String.valueOf(bar.shortWidth())).raw("\"></rect>\n\t\t</g>\n\t\t");
			if (bar.eligibleWidth() > 40) {
				raw("<text font-size=\"13\" y=\"20\" x=\"195\" fill=\"#fff\">").text(String.valueOf(bar.eligible()))
					.raw("</text>");
			}
			raw("\n\t</g>");
		}
		raw("\n</svg>\n<table id=\"verdicts\">\n\t<thead><tr><th>資格 <span class=\"en\">certification</span></th>"
				+ "<th class=\"num\">更新可 <span class=\"en\">ELIGIBLE</span></th><th class=\"num\">不足 <span class=\"en\">SHORT</span></th></tr></thead>\n"
				+ "\t<tbody>");
		for (RunReport.CertificationCount c : certifications) {
			raw("<tr><td>").text(c.certification()).raw("</td><td class=\"num\">").raw(count(c.eligible()))
				.raw("</td><td class=\"num\">").raw(count(c.shortCount())).raw("</td></tr>");
		}
		return raw("</tbody>\n</table>\n\n");
	}

	/** How many verdicts changed since the previous run, and the first of them. */
	private DashboardHtml changes(RunReport report, List<RunReport.Change> changes, int moreChanges) {
		raw("<h2>前回からの変化 <span class=\"en\">Changes since the previous run</span></h2>\n");
		if (report.previousRun() == null) {
			raw("<p>初回の処理です。比べる前回はありません。<span class=\"en\">This is the first run: there is nothing to compare with.</span></p>");
		}
		raw("\n");
		if (report.previousRun() != null) {
			String previous = report.previousRun().toString();
			raw("\n<p id=\"change-counts\"><span>")
				.text(previous + " の処理から: 更新可になった " + report.becameEligible() + "、不足になった " + report.becameShort()
						+ "、新規 " + report.added() + "、なくなった " + report.removed())
				.raw("</span><br>\n\t<span class=\"en\">")
				.text("Since the run of " + previous + ": " + report.becameEligible() + " became ELIGIBLE, "
						+ report.becameShort() + " became SHORT, " + report.added() + " new, " + report.removed()
						+ " no longer listed")
				.raw("</span></p>\n");
			if (!changes.isEmpty()) {
				raw("<table id=\"changes\">\n\t<thead><tr><th>会員番号 <span class=\"en\">member</span></th>"
						+ "<th>資格 <span class=\"en\">certification</span></th><th>前回 <span class=\"en\">was</span></th>"
						+ "<th>今回 <span class=\"en\">now</span></th><th>不足の要件 <span class=\"en\">unmet</span></th></tr></thead>\n\t<tbody>");
				for (RunReport.Change c : changes) {
					raw("<tr>\n\t\t<td>").text(c.memberId()).raw("</td><td>").text(c.certification()).raw("</td>\n\t\t<td>")
						.text(c.was()).raw("</td><td class=\"").raw("ELIGIBLE".equals(c.now()) ? "ok" : "short").raw("\">")
						.text(c.now()).raw("</td>\n\t\t<td>").text(c.unmet()).raw("</td>\n\t</tr>");
				}
				raw("</tbody>\n</table>");
			}
			raw("\n");
			if (moreChanges > 0) {
				raw("<p>").text("ほか " + moreChanges + " 件(eligibility.csv を参照) / and " + moreChanges
						+ " more: see eligibility.csv").raw("</p>");
			}
			raw("\n");
		}
		return raw("\n\n");
	}

	/** The files with the most rejected and duplicate rows. */
	private DashboardHtml mostProblems(List<FileRow> rows) {
		raw("<h2>問題の多い名簿 <span class=\"en\">Roster files with the most problems</span></h2>\n");
		if (rows.isEmpty()) {
			raw("<p>この処理で受け付けた名簿に問題はありません。<span class=\"en\">No problems in the roster files of this run.</span></p>");
		}
		raw("\n");
		if (!rows.isEmpty()) {
			raw("<table id=\"most-problems\">\n\t<thead><tr><th>ファイル <span class=\"en\">file</span></th>"
					+ "<th class=\"num\">不採用 <span class=\"en\">rejected</span></th><th class=\"num\">重複 <span class=\"en\">duplicate</span></th>"
					+ "<th class=\"num\">データ行 <span class=\"en\">data rows</span></th></tr></thead>\n\t<tbody>");
			for (FileRow row : rows) {
				raw("<tr>\n\t\t<td>");
				if (row.page() != null) {
					raw("<a href=\"").text(row.page()).raw("\">").text(row.file().fileName()).raw("</a>");
				}
				else {
					raw("<span>").text(row.file().fileName()).raw("</span>");
				}
				raw("</td>\n\t\t<td class=\"num\">").text(row.rejected()).raw("</td><td class=\"num\">").text(row.duplicate())
					.raw("</td><td class=\"num\">").text(row.dataRows()).raw("</td>\n\t</tr>");
			}
			raw("</tbody>\n</table>");
		}
		return raw("\n\n");
	}

	/** The trend of the last runs, as the templates' {@code trend} fragment drew it. */
	private DashboardHtml trend(List<Charts.TrendColumn> trend) {
		raw("<svg class=\"bar\" id=\"trend-chart\" role=\"img\" aria-label=\"ELIGIBLE and SHORT per run\" viewBox=\"0 0 720 190\""
				+ " xmlns=\"http://www.w3.org/2000/svg\">\n\t").raw(Charts.trendColumns(trend)).raw("\n\t");
		if (!trend.isEmpty()) {
			raw("<text x=\"0\" y=\"182\" font-size=\"12\">").text(trend.get(0).label()).raw("</text>");
		}
		raw("\n\t");
		if (trend.size() > 1) {
			raw("<text x=\"720\" y=\"182\" font-size=\"12\" text-anchor=\"end\">").text(trend.get(trend.size() - 1).label())
				.raw("</text>");
		}
		return raw("\n</svg>");
	}

	/** A count as the templates' {@code #numbers.formatInteger(n, 1, 'COMMA')} wrote it: 12,345. */
	private static String count(long value) {
		return Numbers.grouped(value);
	}

	private DashboardHtml raw(String markup) {
		this.html.append(markup);
		return this;
	}

	/** A value escaped; nothing for none, as {@code th:text} writes {@code null}. */
	private DashboardHtml text(String value) {
		if (value != null) {
			Html.text(this.html, value);
		}
		return this;
	}

}
