package jp.or.jrs.renewal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import jp.or.jrs.renewal.HeadlessChromium;
import jp.or.jrs.renewal.cli.ExitCodes;
import jp.or.jrs.renewal.job.Night;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of a night as a person sees them, in a real headless Chromium: the dashboard, an organizer's
 * page with a hostile meeting name, a member's statement with a Japanese name, each also laid out for A4
 * print. Screenshots go to {@code target/screenshots/}.
 */
class PagesInBrowserTests {

	static final String NIGHT = "2026-11-24";

	static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@TempDir
	static Path root;

	static Night night;

	static HeadlessChromium browser;

	@BeforeAll
	static void aNightWithAHostileRoster() throws IOException {
		browser = HeadlessChromium.startOrSkip();
		night = Night.withShippedSample(root);
		night.write("rosters/hostile.csv", "member_id,member_name,meeting,held_on\n"
				+ "0010001,木村　誠,\"" + HOSTILE.replace("\"", "\"\"") + "\",2025-04-10\n"
				+ "0010001,木村　誠,日本医学放射線学会 総会,2025-04-10\n");
		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(night.command("statement", "0010001")).isEqualTo(ExitCodes.COMPLETED);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void screenLayout() {
		browser.layOutForScreen();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theDashboardShowsTheNightAndPrintsWithoutCutOffTables() throws IOException {
		browser.open(night.output.resolve(NIGHT + "/index.html"));

		assertThat(browser.visibleText()).contains("更新単位 夜間処理 " + NIGHT).contains("Verdicts per certification");
		assertThat(browser.text("#eligible")).matches("[0-9,]+");
		assertThat(browser.driver().findElements(By.cssSelector("#verdict-chart rect"))).hasSize(6);
		assertThat(browser.drawsGlyphs("h1")).as("Japanese drawn with real glyphs").isTrue();
		Files.write(SCREENSHOTS.resolve("dashboard.png"), browser.viewportScreenshot());

		browser.layOutForA4(12);
		assertThat(browser.tablesCutOff()).isEmpty();
		assertThat(browser.driver().findElement(By.cssSelector("#files th.no-print")).isDisplayed()).isFalse();
	}

	@Test
	void theOrganizersPageShowsAHostileMeetingNameAsText() throws IOException {
		browser.open(night.output.resolve(NIGHT + "/rejects/rosters/hostile.rejects.html"));

		assertThat(browser.driver().getTitle()).isEqualTo("名簿の確認結果 hostile.csv");
		assertThat(browser.text("#problems tbody")).contains(HOSTILE);
		assertThat(browser.driver().findElements(By.cssSelector("#problems img, body script"))).isEmpty();
		assertThat(browser.text("#problems tbody")).contains("UNKNOWN_MEETING").contains("認定学術集会一覧にない名称です")
			.contains("not an accredited meeting of the catalog");
		assertThat(browser.text("#accepted")).isEqualTo("1");
		Files.write(SCREENSHOTS.resolve("organizer-report.png"), browser.viewportScreenshot());

		browser.layOutForA4(12);
		assertThat(browser.tablesCutOff()).isEmpty();
	}

	@Test
	void aStatementShowsTheMembersJapaneseNameAndPrintsOnA4() throws IOException {
		browser.open(night.output.resolve(NIGHT + "/statements/0010001.html"));

		assertThat(browser.text("#member-name")).isEqualTo("木村　誠");
		assertThat(browser.drawsGlyphs("#member-name")).as("the name drawn with real glyphs").isTrue();
		List<String> certifications = browser.driver().findElements(By.cssSelector("section.certification h2 .en"))
			.stream().map(e -> e.getText()).toList();
		assertThat(certifications).containsExactly("BOARD", "SOCIETY_DIAGNOSTIC", "SOCIETY_THERAPEUTIC");
		assertThat(browser.visibleText()).contains("要件").contains("対象期間の単位");
		assertThat(browser.driver().findElements(By.cssSelector("table.credits thead th .en")).stream()
			.map(e -> e.getText()).toList()).as("a column per certification")
			.endsWith("BOARD", "SOCIETY_DIAGNOSTIC", "SOCIETY_THERAPEUTIC");
		Files.write(SCREENSHOTS.resolve("statement.png"), browser.viewportScreenshot());

		browser.layOutForA4(12);
		assertThat(browser.tablesCutOff()).isEmpty();
		byte[] pdf = browser.printToPdf();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Files.write(SCREENSHOTS.resolve("statement.pdf"), pdf);
	}

}
