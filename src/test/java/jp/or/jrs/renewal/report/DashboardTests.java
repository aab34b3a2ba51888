package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import jp.or.jrs.renewal.report.Dashboard.FileRow;
import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.Withdrawals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's pages, written without the template engine: the tables as the templates wrote them, every value
 * from outside escaped.
 */
class DashboardTests {

	/** The table's rows as the dashboard's template wrote them, one expression per cell. */
	static final String TEMPLATE_ROWS = """
			<tbody><tr th:each="row : ${files}">
					<td th:text="${row.file.fileName}">file</td><td><span class="badge" th:text="${row.file.status}">INGESTED</span></td>
					<td class="num" th:text="${row.dataRows}">0</td><td class="num" th:text="${row.accepted}">0</td>
					<td class="num" th:text="${row.rejected}">0</td><td class="num" th:text="${row.duplicate}">0</td>
					<td class="no-print"><a th:if="${row.page != null}" th:href="${row.page}">ページ / page</a> <a th:if="${row.rejects != null}" th:href="${row.rejects}">CSV</a></td>
				</tr></tbody>""";

	@Test
	void theRowsAreWhatTheTemplateWroteWithEveryValueEscaped() {
		String hostile = "<img src=x onerror=\"alert('x')\">&.csv";
		List<FileRow> files = List.of(
				new FileRow(new RunFile(1, "congress.csv", RosterFileStatus.INGESTED, 1234, 1200, 30, 4, null),
						"rejects/rosters/congress.rejects.html", "rejects/rosters/congress.rejects.csv"),
				new FileRow(new RunFile(2, hostile, RosterFileStatus.FILE_REJECTED, 0, 0, 0, 0, null),
						"rejects/rosters/" + hostile + ".html", null),
				new FileRow(new RunFile(3, "seminar.csv", RosterFileStatus.UNCHANGED, 10, 10, 0, 0, 10), null, null));

		String written = "<tbody>" + Dashboard.fileRows(files) + "</tbody>";

		assertThat(written).isEqualTo(renderedByTheTemplate(files));
		assertThat(written).doesNotContain("<img").contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;.csv")
			.contains("<td class=\"num\">1,234</td>").contains("<td class=\"no-print\"> </td>");
	}

	/** The trend chart's columns as the template wrote them. */
	static final String TEMPLATE_TREND = """
			<svg>
				<g th:each="c : ${trend}">
					<rect fill="#1b7f3b" th:attr="x=${c.x},y=${c.eligibleY()},width=${c.width},height=${c.eligibleHeight}"><title th:text="|${c.label}: ELIGIBLE ${c.eligible}|">t</title></rect>
					<rect fill="#b3261e" th:attr="x=${c.x},y=${c.shortY()},width=${c.width},height=${c.shortHeight}"><title th:text="|${c.label}: SHORT ${c.shortCount}|">t</title></rect>
				</g>
			</svg>""";

	/** The dashboard's history table and the list of runs, as the templates wrote them. */
	static final String TEMPLATE_RUNS = """
			<table><tbody><tr th:each="row : ${history}">
					<td th:text="${row.figure.runDate}">2026-11-24</td><td class="num" th:text="${row.rosterFiles}">0</td><td class="num" th:text="${row.accepted}">0</td>
					<td class="num" th:text="${row.rejected}">0</td><td class="num" th:text="${row.eligible}">0</td><td class="num" th:text="${row.shortCount}">0</td>
				</tr></tbody></table>
			<table><tbody><tr th:each="row : ${runs}">
					<td><a th:href="|${row.figure.runDate}/index.html|" th:text="${row.figure.runDate}">2026-11-24</a></td>
					<td class="num" th:text="${row.rosterFiles}">0</td><td class="num" th:text="${row.dataRows}">0</td><td class="num" th:text="${row.accepted}">0</td>
					<td class="num" th:text="${row.rejected}">0</td><td class="num" th:text="${row.duplicate}">0</td>
					<td class="num ok" th:text="${row.eligible}">0</td><td class="num short" th:text="${row.shortCount}">0</td>
					<td th:text="${row.figure.carriedFrom != null ? '引き継ぎ / carried over from ' + row.figure.carriedFrom : '判定 / judged'}">judged</td>
				</tr></tbody></table>""";

	@Test
	void theTrendAndTheRunsAreWhatTheTemplatesWrote() {
		List<RunFigures.Figure> runs = List.of(
				new RunFigures.Figure(LocalDate.of(2026, 11, 23), 9, 12345, 12000, 300, 45, 1, null, 158, 142),
				new RunFigures.Figure(LocalDate.of(2026, 11, 24), 9, 0, 0, 0, 0, 0, LocalDate.of(2026, 11, 23), 158, 142),
				new RunFigures.Figure(LocalDate.of(2026, 11, 25), 1, 21, 7, 13, 1, 0, null, 1, 2999));
		List<Charts.TrendColumn> trend = Charts.trend(runs);

		assertThat("<svg>\n\t" + Charts.trendColumns(trend) + "\n</svg>")
			.isEqualTo(render(TEMPLATE_TREND, Map.of("trend", trend)));
		assertThat("<svg>\n\t\n</svg>").isEqualTo(render(TEMPLATE_TREND, Map.of("trend", List.of())));
		List<Dashboard.RunRow> rows = Dashboard.RunRow.of(runs);
		assertThat("<table><tbody>" + Dashboard.historyRows(rows) + "</tbody></table>\n<table><tbody>"
				+ Dashboard.runRows(rows) + "</tbody></table>")
			.isEqualTo(render(TEMPLATE_RUNS, Map.of("history", rows, "runs", rows)))
			.contains("<td class=\"num\">12,345</td>").contains("carried over from 2026-11-23");
	}

	@Test
	void aRunsDashboardEscapesWhatCameFromOutsideAndSaysWhatChanged() {
		String hostile = "<script>alert('x')</script>";
		List<RunFile> files = List.of(new RunFile(1, hostile + ".csv", RosterFileStatus.INGESTED, 10, 7, 2, 1, null));
		List<RunReport.Change> changes = new ArrayList<>();
		for (int i = 0; i < Dashboard.LISTED_CHANGES + 5; i++) {
			changes.add(new RunReport.Change(RunReport.ChangeKind.BECAME_SHORT, String.format("%07d", i), "BOARD",
					"ELIGIBLE", "SHORT", "SOCIETY_LECTURE:" + hostile));
		}
		RunReport report = new RunReport(LocalDate.of(2026, 11, 25), null,
				List.of(new RunReport.CertificationCount(hostile, 3, 1)), LocalDate.of(2026, 11, 24), changes, files,
				List.of(new Withdrawals.Withdrawal("old.csv", LocalDateTime.of(2026, 11, 24, 9, 30), "office", hostile,
						12)),
				null, null, List.of(), 3);
		List<FileRow> rows = List.of(new FileRow(files.get(0), "rejects/rosters/x.rejects.html", null));
		List<RunFigures.Figure> history = List.of(
				new RunFigures.Figure(LocalDate.of(2026, 11, 24), 1, 10, 7, 2, 1, 0, null, 3, 1));
		List<Charts.TrendColumn> trend = Charts.trend(history);

		String page = DashboardHtml.runPage(report, rows, rows, changes.subList(0, Dashboard.LISTED_CHANGES), 5, trend,
				Dashboard.historyRows(Dashboard.RunRow.of(history)),
				List.of(new Dashboard.Link("更新可否", "eligibility", "eligibility.csv")),
				Pages.frame(report.runDate()));

		assertThat(page).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.csv")
			.contains("<td class=\"short\">SHORT</td>")
			.contains("<td>SOCIETY_LECTURE:&lt;script&gt;")
			.contains("<p>ほか 5 件(eligibility.csv を参照) / and 5 more: see eligibility.csv</p>")
			.contains("<li>old.csv: withdrawn 2026-11-24 09:30 by office (&lt;script&gt;")
			.contains("<a href=\"eligibility.csv\">更新可否</a>")
			.contains("<title>更新単位 夜間処理 2026-11-25</title>")
			.endsWith("renewal-credits ・ 2026-11-25</span>\n</footer>\n</body>\n</html>\n");
		assertThat(page.split("<td class=\"short\">SHORT</td>", -1)).hasSize(Dashboard.LISTED_CHANGES + 1);

		String runs = DashboardHtml.runsPage(trend,
				Dashboard.runRows(Dashboard.RunRow.of(history)), Pages.frame(""));
		assertThat(runs).contains("<a href=\"2026-11-24/index.html\">2026-11-24</a>")
			.contains("<title>更新単位 夜間処理の一覧</title>")
			.endsWith("renewal-credits ・ </span>\n</footer>\n</body>\n</html>\n");
	}

	private static String renderedByTheTemplate(List<FileRow> files) {
		return render(TEMPLATE_ROWS, Map.of("files", files));
	}

	private static String render(String template, Map<String, Object> model) {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine.process(template, new Context(Locale.JAPAN, model));
	}

}
