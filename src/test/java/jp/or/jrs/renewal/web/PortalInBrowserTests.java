package jp.or.jrs.renewal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.or.jrs.renewal.HeadlessChromium;
import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.job.Night;
import jp.or.jrs.renewal.job.NightlyRuns;
import jp.or.jrs.renewal.upload.PortalAccounts;
import jp.or.jrs.renewal.upload.RosterUploads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as organizers and the office use it, in Debian's headless Chromium against the real server:
 * sign in, upload a good and a bad roster, read the result, send it, be refused another organizer's
 * meeting, a file too large; and an upload cut off mid-way keeps nothing. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(classes = RenewalCreditsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "renewal.portal.night-cron=-")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PortalInBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@TempDir
	static Path root;

	static HeadlessChromium browser;

	@LocalServerPort
	int port;

	@Autowired
	RosterUploads uploads;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Night.withShippedSample(root).configure(registry);
	}

	@BeforeAll
	static void aNightAccountsAndABrowser(@Autowired NightlyRuns nights, @Autowired PortalAccounts accounts)
			throws Exception {
		browser = HeadlessChromium.startOrSkip();
		nights.start(LocalDate.of(2026, 11, 24));
		accounts.create("office", "事務局", PortalAccounts.Role.OFFICE, "office-password-1", Set.of());
		accounts.create("tokyo", "東京地方会 事務局", PortalAccounts.Role.ORGANIZER, "tokyo-password-1",
				Set.of(MeetingId.of(1), MeetingId.of(4)));
		accounts.create("osaka", "大阪", PortalAccounts.Role.ORGANIZER, "osaka-password-1", Set.of(MeetingId.of(10)));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn(String user, String password) {
		browser.open(url("/logout"));
		browser.driver().manage().deleteAllCookies();
		browser.open(url("/login"));
		browser.driver().findElement(By.name("username")).sendKeys(user);
		browser.driver().findElement(By.name("password")).sendKeys(password);
		browser.clickAndWait("#login button");
	}

	void uploadFile(String meeting, Path file) {
		browser.open(url("/organizer"));
		if (meeting != null) {
			// As a tampered form would send it: a meeting the page does not offer.
			browser.script("const s = document.querySelector('select[name=meeting]'); const o = document.createElement('option');"
					+ " o.value = arguments[0]; o.text = arguments[0]; s.add(o); s.value = arguments[0];", meeting);
		}
		browser.driver().findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
		browser.clickAndWait("#upload button");
	}

	Path roster(String name, String text) throws IOException {
		Path file = root.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void anOrganizerUploadsReadsEveryProblemAndSendsTheRoster() throws IOException {
		browser.open(url("/login"));
		browser.driver().manage().deleteAllCookies();
		browser.open(url("/organizer"));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
		Files.write(SCREENSHOTS.resolve("portal-sign-in.png"), browser.viewportScreenshot());
		signIn("tokyo", "wrong-password-x");
		assertThat(browser.text("#login-error")).contains("ユーザー名またはパスワードが違います");
		signIn("tokyo", "tokyo-password-1");
		assertThat(browser.visibleText()).contains("東京地方会 事務局 様");
		assertThat(browser.driver().findElements(By.cssSelector("select[name=meeting] option")))
			.extracting(WebElement::getText).containsExactly("日本医学放射線学会 総会 (M0001)", "日本医学放射線学会関東地方会 (M0004)");

		uploadFile(null, Path.of("input/rosters/organizer-mistakes.csv"));
		assertThat(browser.text("#fate")).isEqualTo("NOT_SENT");
		assertThat(browser.text("#problems")).contains("UNKNOWN_MEETING").contains("次のいずれかではありませんか")
			.contains("did you mean").contains("会員番号 10022 は会員名簿にありません");
		assertThat(browser.text("#problems tbody tr:first-child")).startsWith("7 会員番号 MISSING_FIELD");
		Files.write(SCREENSHOTS.resolve("portal-upload-result.png"), browser.viewportScreenshot());

		uploadFile(null, roster("good.csv", "会員番号,氏名,学術集会名,開催日\n0010001,木村　誠,日本医学放射線学会 総会,2025/4/10\n"));
		assertThat(browser.text("#verdict")).contains("問題はありません");
		browser.clickAndWait("#confirm button");
		assertThat(browser.text("#fate")).isEqualTo("IN_THE_INBOX");
		assertThat(root.resolve("input/rosters/tokyo--good.csv")).exists();

		browser.open(url("/organizer"));
		assertThat(browser.text("#uploads")).contains("good.csv").contains("IN_THE_INBOX").contains("organizer-mistakes.csv");
		Files.write(SCREENSHOTS.resolve("portal-organizer.png"), browser.viewportScreenshot());
	}

	@Test
	void anotherOrganizersMeetingAndATooLargeFileAreRefused() throws IOException {
		signIn("tokyo", "tokyo-password-1");
		uploadFile("M0010", roster("osaka.csv", "member_id,meeting,held_on\n0010001,日本腹部放射線学会,2025-04-10\n"));
		assertThat(browser.text("#refused")).contains("may not report for meeting M0010");

		uploadFile(null, roster("osaka-rows.csv", "member_id,meeting,held_on\n0010001,日本腹部放射線学会,2025-04-10\n"));
		assertThat(browser.text("#problems")).contains("MEETING_NOT_PERMITTED").contains("この学術集会の名簿を送る権限がありません");

		Path large = root.resolve("large.csv");
		byte[] row = "0010001,日本医学放射線学会 総会,2025-04-10\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(large)) {
			out.write("member_id,meeting,held_on\n".getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < 50L * 1024 * 1024; written += row.length) {
				out.write(row);
			}
		}
		int before = this.uploads.of("tokyo").size();
		uploadFile(null, large);
		Files.write(SCREENSHOTS.resolve("portal-too-large.png"), browser.viewportScreenshot());
		assertThat(browser.text("#refused")).contains("ファイルが大きすぎます").contains("larger than 20 MB");
		assertThat(this.uploads.of("tokyo")).hasSize(before);
	}

	@Test
	void theOfficeSeesEveryUploadTheRunsAndAStatement() throws IOException {
		signIn("office", "office-password-1");
		assertThat(browser.visibleText()).contains("事務局").contains("2026-11-24");
		Files.write(SCREENSHOTS.resolve("portal-office.png"), browser.viewportScreenshot());
		browser.clickAndWait("#runs a");
		assertThat(browser.visibleText()).contains("更新単位 夜間処理 2026-11-24");
		browser.open(url("/office"));
		browser.driver().findElement(By.name("member")).sendKeys("0010001");
		browser.clickAndWait("#statement button");
		assertThat(browser.text("#member-name")).isEqualTo("木村　誠");
		browser.open(url("/office/accounts"));
		assertThat(browser.text("#accounts")).contains("tokyo").contains("M0004 日本医学放射線学会関東地方会");
		Files.write(SCREENSHOTS.resolve("portal-accounts.png"), browser.viewportScreenshot());
		browser.open(url("/organizer"));
		assertThat(browser.visibleText()).contains("403");
	}

	@Test
	void anUploadCutOffMidWayKeepsNothing() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=osaka&password=osaka-password-1&_csrf=" + csrf(login)))
			.build(), HttpResponse.BodyHandlers.discarding());
		String organizer = client.send(HttpRequest.newBuilder(URI.create(url("/organizer"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String session = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
		int before = this.uploads.all().size();

		try (Socket socket = new Socket("localhost", this.port)) {
			String boundary = "cut";
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(organizer)
					+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"meeting\"\r\n\r\nM0010\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.csv\"\r\nContent-Type: text/csv\r\n\r\n"
					+ "member_id,meeting,held_on\n0010001,日本腹部放射線学会,2025-04-10\n";
			OutputStream out = socket.getOutputStream();
			out.write(("POST /organizer/uploads HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + session
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 100000\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.write(head.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		Thread.sleep(1500);
		assertThat(this.uploads.all()).as("nothing kept of a cut-off upload").hasSize(before);
		assertThat(client.send(HttpRequest.newBuilder(URI.create(url("/organizer"))).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

}
