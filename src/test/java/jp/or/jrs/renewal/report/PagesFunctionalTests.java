package jp.or.jrs.renewal.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.cli.ExitCodes;
import jp.or.jrs.renewal.job.Night;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of two nights of the shipped sample, read back and checked against the CSVs of the same
 * nights: the dashboards, an organizer's page, a member's statement, and shortfall.csv.
 */
class PagesFunctionalTests {

	static final String FIRST = "2026-11-23";

	static final String NIGHT = "2026-11-24";

	@TempDir
	static Path root;

	static Night night;

	@BeforeAll
	static void runTwoNightsAndTheStatements() throws IOException {
		night = Night.withShippedSample(root);
		Files.move(night.input.resolve("rosters/organizer-mistakes.csv"), root.resolve("organizer-mistakes.csv"));
		assertThat(night.run(FIRST)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		Files.move(root.resolve("organizer-mistakes.csv"), night.input.resolve("rosters/organizer-mistakes.csv"));
		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(night.command("statement", "--renewing=2027")).isEqualTo(ExitCodes.COMPLETED);
	}

	static Document page(String path) throws IOException {
		return Jsoup.parse(night.output.resolve(path).toFile(), StandardCharsets.UTF_8.name());
	}

	static int number(Document page, String id) {
		return Integer.parseInt(page.getElementById(id).text().replace(",", ""));
	}

	@Test
	void theRunDashboardShowsTheFiguresOfTheNightsCsvs() throws IOException {
		Document dashboard = page(NIGHT + "/index.html");
		List<CSVRecord> eligibility = night.csv(NIGHT, "eligibility.csv");
		assertThat(number(dashboard, "eligible")).isEqualTo(count(eligibility, "ELIGIBLE"));
		assertThat(number(dashboard, "short")).isEqualTo(count(eligibility, "SHORT"));
		Map<String, Long> eligibleByCertification = eligibility.stream().filter(r -> r.get("status").equals("ELIGIBLE"))
			.collect(Collectors.groupingBy(r -> r.get("certification"), Collectors.counting()));
		for (Element row : dashboard.select("#verdicts tbody tr")) {
			assertThat(Long.parseLong(row.child(1).text())).as(row.child(0).text())
				.isEqualTo(eligibleByCertification.get(row.child(0).text()));
		}

		List<CSVRecord> summary = night.csv(NIGHT, "summary.csv");
		List<CSVRecord> takenIn = summary.stream().filter(r -> !r.get("status").equals("UNCHANGED")).toList();
		assertThat(number(dashboard, "files-in")).isEqualTo(takenIn.size()).isEqualTo(1);
		assertThat(number(dashboard, "rows-accepted")).isEqualTo(sum(takenIn, "accepted"));
		assertThat(number(dashboard, "rows-rejected")).isEqualTo(sum(takenIn, "rejected"));
		assertThat(number(dashboard, "rows-duplicate")).isEqualTo(sum(takenIn, "duplicate"));
		assertThat(dashboard.select("#files tbody tr")).extracting(row -> row.child(0).text() + " " + row.child(1).text())
			.containsExactlyElementsOf(summary.stream().map(r -> r.get("file") + " " + r.get("status")).toList());
		assertThat(dashboard.select("#most-problems tbody tr a")).singleElement()
			.satisfies(a -> assertThat(a.attr("href")).isEqualTo("rejects/rosters/organizer-mistakes.rejects.html"));
		assertThat(dashboard.select("#history tbody tr")).hasSize(2);
		assertThat(dashboard.select("#trend-chart rect title")).extracting(Element::text)
			.contains(FIRST + ": ELIGIBLE " + count(night.csv(FIRST, "eligibility.csv"), "ELIGIBLE"))
			.hasSize(4);
		assertThat(dashboard.getElementById("change-counts").text()).contains(FIRST);
		assertThat(dashboard.select(".links a")).extracting(a -> a.attr("href")).contains("eligibility.csv",
				"shortfall.csv", "summary.csv", "run-summary.txt");
	}

	@Test
	void theIndexListsEveryRunWithItsVerdicts() throws IOException {
		Document index = page("index.html");
		assertThat(index.select("#runs tbody tr")).extracting(row -> row.child(0).text()).containsExactly(NIGHT, FIRST);
		assertThat(index.select("#trend-chart rect")).hasSize(4);
		Element first = index.select("#runs tbody tr").get(1);
		List<CSVRecord> eligibility = night.csv(FIRST, "eligibility.csv");
		assertThat(Integer.parseInt(first.child(6).text().replace(",", ""))).isEqualTo(count(eligibility, "ELIGIBLE"));
		assertThat(Integer.parseInt(first.child(3).text().replace(",", "")))
			.isEqualTo(sum(night.csv(FIRST, "summary.csv"), "accepted"));
	}

	@Test
	void theOrganizersPageShowsTheFileCountsAndEveryProblemOfItsRejectCsv() throws IOException {
		Document organizer = page(NIGHT + "/rejects/rosters/organizer-mistakes.rejects.html");
		CSVRecord file = night.csv(NIGHT, "summary.csv").stream()
			.filter(r -> r.get("file").equals("organizer-mistakes.csv")).findFirst().orElseThrow();
		for (String count : List.of("accepted", "rejected", "duplicate")) {
			assertThat(number(organizer, count)).as(count).isEqualTo(Integer.parseInt(file.get(count)));
		}
		assertThat(number(organizer, "data-rows")).isEqualTo(Integer.parseInt(file.get("data_rows")));
		List<CSVRecord> rejects = night.csv(NIGHT, "rejects/rosters/organizer-mistakes.rejects.csv");
		assertThat(organizer.select("#problems tbody tr"))
			.extracting(row -> row.child(0).text() + ":" + row.child(1).text() + ":" + row.child(2).text())
			.containsExactlyElementsOf(rejects.stream().map(r -> r.get("line") + ":" + r.get("column") + ":" + r.get("code"))
				.toList());
		Element unknownMeeting = organizer.select("#problems tbody tr").stream()
			.filter(row -> row.child(2).text().equals("UNKNOWN_MEETING")).findFirst().orElseThrow();
		assertThat(unknownMeeting.child(3).text()).contains("ではありませんか").contains("did you mean");
	}

	@Test
	void aStatementShowsTheVerdictsAndFiguresOfEligibilityAndRequirements() throws IOException {
		List<CSVRecord> renewing = night.csv(NIGHT, "eligibility.csv").stream()
			.filter(r -> r.get("window_end").startsWith("2027")).toList();
		try (var files = Files.list(night.output.resolve(NIGHT + "/statements"))) {
			assertThat(files.count()).isEqualTo(renewing.stream().map(r -> r.get("member_id")).distinct().count());
		}
		CSVRecord someone = renewing.get(0);
		Document statement = page(NIGHT + "/statements/" + someone.get("member_id") + ".html");
		assertThat(statement.getElementById("member-id").text()).isEqualTo(someone.get("member_id"));
		Map<String, CSVRecord> requirements = night.csv(NIGHT, "requirements.csv").stream()
			.filter(r -> r.get("member_id").equals(someone.get("member_id")))
			.collect(Collectors.toMap(r -> r.get("certification") + " " + r.get("code"), r -> r));
		for (Element section : statement.select("section.certification")) {
			String certification = section.selectFirst("h2 .en").text();
			CSVRecord verdict = night.csv(NIGHT, "eligibility.csv").stream()
				.filter(r -> r.get("member_id").equals(someone.get("member_id")) && r.get("certification").equals(certification))
				.findFirst().orElseThrow();
			assertThat(section.selectFirst("h2 .badge").text()).endsWith(verdict.get("status"));
			for (Element row : section.select("table.requirements tbody tr")) {
				String code = row.child(0).selectFirst(".en").text();
				CSVRecord expected = requirements.get(certification + " " + code);
				assertThat(row.child(2).child(0).text()).as(code).isEqualTo(expected.get("counted"));
				assertThat(row.child(2).child(1).text().replace("—", "")).as(code).isEqualTo(expected.get("needed"));
			}
		}
	}

	@Test
	void theShortfallListsEveryUnmetRequirementForExcel() throws IOException {
		byte[] bytes = Files.readAllBytes(night.report(NIGHT, "shortfall.csv"));
		assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
		List<String> lines = Files.readAllLines(night.report(NIGHT, "shortfall.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("\uFEFFmember_id,name,certification,requirement,needed,counted,still_needed");
		List<CSVRecord> unmet = night.csv(NIGHT, "requirements.csv").stream()
			.filter(r -> r.get("met").equals("false") && !r.get("needed").isEmpty()).toList();
		assertThat(lines).hasSize(unmet.size() + 1);
		String[] first = lines.get(1).split(",");
		CSVRecord expected = unmet.get(0);
		assertThat(first[0]).isEqualTo(expected.get("member_id"));
		assertThat(new BigDecimal(first[6])).isEqualByComparingTo(
				new BigDecimal(expected.get("needed")).subtract(new BigDecimal(expected.get("counted"))));
	}

	static int count(List<CSVRecord> eligibility, String status) {
		return (int) eligibility.stream().filter(r -> r.get("status").equals(status)).count();
	}

	static int sum(List<CSVRecord> rows, String column) {
		return rows.stream().mapToInt(r -> Integer.parseInt(r.get(column))).sum();
	}

}
