package jp.or.jrs.renewal.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Numbers;

/**
 * The office dashboard of a run ({@code output/<run.date>/index.html}) and of all runs
 * ({@code output/index.html}): files in and their fate, rows accepted, rejected and duplicate, the verdicts
 * per certification as charts, who changed status, the files with the most problems, the history of runs
 * and links to every report.
 */
final class Dashboard {

	/** Changes listed on the page; the run summary and eligibility.csv have them all. */
	static final int LISTED_CHANGES = 200;

	/** Runs shown in a trend. */
	static final int TREND_RUNS = 60;

	private Dashboard() {
	}

	/*
	 * The rows of the tables that grow (a row per roster file, per run) carry their counts written out
	 * (Numbers.grouped): through #numbers.formatInteger, the files table of a 294-file night took 60 ms of
	 * the reports step.
	 */

	/** A roster file with its pages, relative to the run's folder ({@code null} where there is none). */
	record FileRow(RunFile file, String page, String rejects, String dataRows, String accepted, String rejected,
			String duplicate) {

		FileRow(RunFile file, String page, String rejects) {
			this(file, page, rejects, Numbers.grouped(file.dataRows()), Numbers.grouped(file.accepted()),
					Numbers.grouped(file.rejected()), Numbers.grouped(file.duplicate()));
		}

	}

	/** A run of the history table, its counts written out. */
	record RunRow(RunFigures.Figure figure, String rosterFiles, String dataRows, String accepted, String rejected,
			String duplicate, String eligible, String shortCount) {

		static List<RunRow> of(List<RunFigures.Figure> figures) {
			return figures.stream()
				.map(f -> new RunRow(f, Numbers.grouped(f.rosterFiles()), Numbers.grouped(f.dataRows()),
						Numbers.grouped(f.accepted()), Numbers.grouped(f.rejected()), Numbers.grouped(f.duplicate()),
						Numbers.grouped(f.eligible()), Numbers.grouped(f.shortCount())))
				.toList();
		}

	}

	/** A file of the run folder to link to. */
	record Link(String ja, String en, String href) {
	}

	static void write(Path runFolder, RunReport report, Map<String, Path> rejectReports,
			List<RunFigures.Figure> history) {
		List<FileRow> files = new ArrayList<>();
		for (RunFile file : report.files()) {
			Path csv = rejectReports.get(file.fileName());
			Path page = OrganizerReport.beside(csv);
			files.add(new FileRow(file, Files.exists(page) ? relative(runFolder, page) : null,
					Files.exists(csv) && file.status().readThisNight()
							? relative(runFolder, csv) : null));
		}
		List<FileRow> mostProblems = report.mostProblems(10).stream()
			.map(f -> files.stream().filter(row -> row.file() == f).findFirst().orElseThrow())
			.toList();
		AtomicFiles.writeString(runFolder.resolve("index.html"),
				DashboardHtml.runPage(report, files, mostProblems,
						report.changes().stream().limit(LISTED_CHANGES).toList(),
						Math.max(0, report.changes().size() - LISTED_CHANGES), trend(history),
						historyRows(RunRow.of(history)), links(runFolder), Pages.frame(report.runDate())));
	}

	/**
	 * The rows of the roster files table, as HTML with every value escaped ({@link Html}), exactly as the
	 * template's {@code th:each} wrote them: with a row per file and nine expressions per row, the template
	 * took 70 ms of a 294-file night's reports step on the JVM's cold start.
	 */
	static String fileRows(List<FileRow> files) {
		StringBuilder html = new StringBuilder(files.size() * 420);
		for (FileRow row : files) {
			html.append("<tr>\n\t\t<td>");
			Html.text(html, row.file().fileName());
			html.append("</td><td><span class=\"badge\">");
			Html.text(html, String.valueOf(row.file().status()));
			html.append("</span></td>\n\t\t<td class=\"num\">").append(row.dataRows());
			html.append("</td><td class=\"num\">").append(row.accepted());
			html.append("</td>\n\t\t<td class=\"num\">").append(row.rejected());
			html.append("</td><td class=\"num\">").append(row.duplicate());
			html.append("</td>\n\t\t<td class=\"no-print\">");
			if (row.page() != null) {
				html.append("<a href=\"");
				Html.text(html, row.page());
				html.append("\">ページ / page</a>");
			}
			html.append(' ');
			if (row.rejects() != null) {
				html.append("<a href=\"");
				Html.text(html, row.rejects());
				html.append("\">CSV</a>");
			}
			html.append("</td>\n\t</tr>");
		}
		return html.toString();
	}

	/** The rows of a run's history table, as {@link #fileRows} writes the files table's. */
	static String historyRows(List<RunRow> runs) {
		StringBuilder html = new StringBuilder(runs.size() * 200);
		for (RunRow row : runs) {
			html.append("<tr>\n\t\t<td>").append(row.figure().runDate()).append("</td><td class=\"num\">")
				.append(row.rosterFiles()).append("</td><td class=\"num\">").append(row.accepted())
				.append("</td>\n\t\t<td class=\"num\">").append(row.rejected()).append("</td><td class=\"num\">")
				.append(row.eligible()).append("</td><td class=\"num\">").append(row.shortCount())
				.append("</td>\n\t</tr>");
		}
		return html.toString();
	}

	/**
	 * The rows of the list of every run, as {@link #fileRows} writes the files table's: a row per night
	 * since the first, so the list's cost grows by a row each night.
	 */
	static String runRows(List<RunRow> runs) {
		StringBuilder html = new StringBuilder(runs.size() * 400);
		for (RunRow row : runs) {
			LocalDate runDate = row.figure().runDate();
			LocalDate carriedFrom = row.figure().carriedFrom();
			html.append("<tr>\n\t\t<td><a href=\"").append(runDate).append("/index.html\">").append(runDate)
				.append("</a></td>\n\t\t<td class=\"num\">").append(row.rosterFiles())
				.append("</td><td class=\"num\">").append(row.dataRows()).append("</td><td class=\"num\">")
				.append(row.accepted()).append("</td>\n\t\t<td class=\"num\">").append(row.rejected())
				.append("</td><td class=\"num\">").append(row.duplicate())
				.append("</td>\n\t\t<td class=\"num ok\">").append(row.eligible())
				.append("</td><td class=\"num short\">").append(row.shortCount()).append("</td>\n\t\t<td>")
				.append((carriedFrom != null) ? "引き継ぎ / carried over from " + carriedFrom : "判定 / judged")
				.append("</td>\n\t</tr>");
		}
		return html.toString();
	}

	/** All runs: their figures newest first, a trend and a link to each run's dashboard. */
	static void writeIndex(Path output, List<RunFigures.Figure> history) {
		List<RunFigures.Figure> newestFirst = new ArrayList<>(history);
		Collections.reverse(newestFirst);
		AtomicFiles.writeString(output.resolve("index.html"),
				DashboardHtml.runsPage(trend(history), runRows(RunRow.of(newestFirst)), Pages.frame("")));
	}

	/** The trend of the last {@link #TREND_RUNS} runs. */
	private static List<Charts.TrendColumn> trend(List<RunFigures.Figure> history) {
		return Charts.trend(history.subList(Math.max(0, history.size() - TREND_RUNS), history.size()));
	}

	private static List<Link> links(Path runFolder) {
		List<Link> links = new ArrayList<>();
		String[][] files = { { "eligibility.csv", "更新可否", "eligibility" },
				{ "requirements.csv", "要件ごとの単位", "requirements" },
				{ "shortfall.csv", "不足一覧 (Excel)", "shortfall, for Excel" },
				{ "summary.csv", "名簿ファイル一覧", "roster files" },
				{ "run-summary.txt", "処理の要約", "run summary" },
				{ "catalog.csv", "認定学術集会一覧", "catalog" },
				{ "rejects/members.rejects.csv", "会員名簿の不採用行", "members.csv rejects" },
				{ "rejects/certifications.rejects.csv", "資格の不採用行", "certifications.csv rejects" } };
		for (String[] file : files) {
			if (Files.exists(runFolder.resolve(file[0]))) {
				links.add(new Link(file[1], file[2], file[0]));
			}
		}
		return links;
	}

	private static String relative(Path from, Path to) {
		return from.relativize(to).toString().replace('\\', '/');
	}

}
