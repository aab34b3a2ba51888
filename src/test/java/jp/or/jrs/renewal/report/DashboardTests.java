package jp.or.jrs.renewal.report;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The roster files table of the dashboard, written without the template: the same HTML, every value escaped. */
class DashboardTests {

	/** The table's rows as the dashboard's template wrote them, one expression per cell. */
	static final String TEMPLATE_ROWS = """
			<tbody><tr th:each="row : ${files}">
					<td th:text="${row.file.fileName}">file</td><td><span class="badge" th:text="${row.file.status}">INGESTED</span></td>
					<td class="num" th:text="${row.dataRows}">0</td><td class="num" th:text="${row.accepted}">0</td>
					<td class="num" th:text="${row.rejected}">0</td><td class="num" th:text="${row.duplicate}">0</td>
					<td class="no-print"><a th:if="${row.page != null}" th:href="${row.page}">ページ / page</a> <a th:if="${row.rejects != null}" th:href="${row.rejects}">CSV</a></td>
				</tr></tbody>""".replace("\n\t\t\t", "\n\t\t").replace("\n\t\t</tr>", "\n\t</tr>");

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

	private static String renderedByTheTemplate(List<FileRow> files) {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine.process(TEMPLATE_ROWS, new Context(Locale.JAPAN, Map.of("files", files)));
	}

}
