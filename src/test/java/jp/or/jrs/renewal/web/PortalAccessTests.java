package jp.or.jrs.renewal.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.job.Night;
import jp.or.jrs.renewal.job.NightlyRuns;
import jp.or.jrs.renewal.upload.PortalAccounts;
import jp.or.jrs.renewal.upload.PortalAccounts.Role;
import jp.or.jrs.renewal.upload.RosterUploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every access rule of the portal at the HTTP level, on the real application and a night of the shipped
 * sample: who may see which page, an organizer's uploads are theirs alone, forms need their CSRF token,
 * and what an upload that does not read, or reads badly, gets.
 */
@SpringBootTest(classes = RenewalCreditsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PortalAccessTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 24);

	static final String GOOD = "member_id,member_name,meeting,held_on\n0010001,木村　誠,日本医学放射線学会 総会,2025-04-10\n";

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@Autowired
	RosterUploads uploads;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Night.withShippedSample(root).configure(registry);
		registry.add("renewal.portal.night-cron", () -> "-");
	}

	@BeforeAll
	static void aNightAndTheAccounts(@Autowired NightlyRuns nights, @Autowired PortalAccounts accounts) throws Exception {
		nights.start(NIGHT);
		accounts.create("office", "事務局", Role.OFFICE, "office-password-1", Set.of());
		accounts.create("tokyo", "東京", Role.ORGANIZER, "tokyo-password-1", Set.of(MeetingId.of(1), MeetingId.of(4)));
		accounts.create("osaka", "大阪", Role.ORGANIZER, "osaka-password-1", Set.of(MeetingId.of(10)));
	}

	int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	MvcResult upload(String user, String meeting, String name, byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/organizer/uploads").file(new MockMultipartFile("file", name, "text/csv", bytes))
			.param("meeting", meeting).with(user(user).roles("ORGANIZER")).with(csrf())).andReturn();
	}

	long uploaded(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(result.getResponse().getStatus() + "").startsWith("/organizer/uploads/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String page(String user, String role, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(user).roles(role))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aStrangerIsSentToSignInAndSignsInWithAHashedPassword() throws Exception {
		for (String path : new String[] { "/", "/organizer", "/office", "/office/runs/index.html",
				"/office/statements?member=0010001", "/organizer/uploads/1" }) {
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
		assertThat(status(get("/login"))).isEqualTo(200);
		assertThat(status(get("/anything-else"))).isIn(302, 403);
		assertThat(this.jdbc.queryForList("SELECT password_hash FROM portal_users", String.class))
			.allMatch(hash -> hash.startsWith("{bcrypt}$2")).noneMatch(hash -> hash.contains("password"));
		MvcResult signIn = this.mvc.perform(post("/login").param("username", "tokyo").param("password", "tokyo-password-1")
			.with(csrf())).andReturn();
		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		MvcResult wrong = this.mvc.perform(post("/login").param("username", "tokyo").param("password", "wrong-password")
			.with(csrf())).andReturn();
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.mvc.perform(post("/login").param("username", "tokyo").param("password", "tokyo-password-1"))
			.andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
	}

	@Test
	void eachRoleSeesItsOwnPagesOnly() throws Exception {
		assertThat(status(get("/organizer").with(user("tokyo").roles("ORGANIZER")))).isEqualTo(200);
		assertThat(status(get("/office").with(user("tokyo").roles("ORGANIZER")))).isEqualTo(403);
		assertThat(status(get("/office/runs/index.html").with(user("tokyo").roles("ORGANIZER")))).isEqualTo(403);
		assertThat(status(get("/office/statements?member=0010001").with(user("tokyo").roles("ORGANIZER")))).isEqualTo(403);
		assertThat(status(get("/office/accounts").with(user("tokyo").roles("ORGANIZER")))).isEqualTo(403);
		assertThat(status(get("/office").with(user("office").roles("OFFICE")))).isEqualTo(200);
		assertThat(status(get("/organizer").with(user("office").roles("OFFICE")))).isEqualTo(403);
		assertThat(status(get("/office/runs/2026-11-24/index.html").with(user("office").roles("OFFICE")))).isEqualTo(200);
		assertThat(page("office", "OFFICE", "/office/statements?member=0010001")).contains("木村　誠");
	}

	@Test
	void theOfficeGetsTheFilesOfARunAndNothingElse() throws Exception {
		for (String path : new String[] { "/office/runs/2026-11-24/../db/renewal.script", "/office/runs/db/renewal.script",
				"/office/runs/2026-11-24/..%2F..%2Fdb%2Frenewal.script", "/office/runs/uploads/x.csv",
				"/office/runs/2026-11-24/missing.html" }) {
			assertThat(status(get(path).with(user("office").roles("OFFICE")))).as(path).isIn(400, 404);
		}
		assertThat(page("office", "OFFICE", "/office/runs/2026-11-24/summary.csv")).startsWith("file,status,");
	}

	@Test
	void anOrganizersUploadsAreTheirsAlone() throws Exception {
		long tokyos = uploaded(upload("tokyo", "M0001", "congress.csv", GOOD.getBytes(StandardCharsets.UTF_8)));
		assertThat(status(get("/organizer/uploads/" + tokyos).with(user("tokyo").roles("ORGANIZER")))).isEqualTo(200);
		assertThat(status(get("/organizer/uploads/" + tokyos).with(user("osaka").roles("ORGANIZER")))).isEqualTo(404);
		assertThat(status(post("/organizer/uploads/" + tokyos + "/confirm").with(user("osaka").roles("ORGANIZER"))
			.with(csrf()))).isEqualTo(404);
		assertThat(page("osaka", "ORGANIZER", "/organizer")).doesNotContain("congress.csv");
		assertThat(status(post("/organizer/uploads/" + tokyos + "/confirm").with(user("tokyo").roles("ORGANIZER"))))
			.as("no CSRF token").isEqualTo(403);
		assertThat(status(get("/office/uploads/" + tokyos).with(user("office").roles("OFFICE")))).isEqualTo(200);
	}

	@Test
	void anotherOrganizersMeetingIsRefusedAsAChoiceAndAsARow() throws Exception {
		MvcResult refused = upload("tokyo", "M0010", "osaka.csv", GOOD.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("may not report for meeting M0010");

		String rows = GOOD + "0010008,藤田　花子,日本腹部放射線学会,2025-04-10\n";
		long id = uploaded(upload("tokyo", "M0001", "mixed.csv", rows.getBytes(StandardCharsets.UTF_8)));
		String result = page("tokyo", "ORGANIZER", "/organizer/uploads/" + id);
		assertThat(result).contains("MEETING_NOT_PERMITTED").contains("この学術集会の名簿を送る権限がありません")
			.contains("<div class=\"value ok\" id=\"accepted\">1</div>");
	}

	@Test
	void aConfirmedUploadGoesIntoTheInboxOnceUnderTheAccountsName() throws Exception {
		long id = uploaded(upload("tokyo", "M0004", "../../etc/kantou 関東.csv", GOOD.replace("日本医学放射線学会 総会",
				"日本医学放射線学会関東地方会").getBytes(Charset.forName("windows-31j"))));
		MockHttpServletRequestBuilder confirm = post("/organizer/uploads/" + id + "/confirm")
			.with(user("tokyo").roles("ORGANIZER")).with(csrf());
		assertThat(status(confirm)).isEqualTo(302);
		assertThat(status(confirm)).as("a double submit changes nothing").isEqualTo(302);
		RosterUploads.Upload upload = this.uploads.find(id).orElseThrow();
		assertThat(upload.originalName()).isEqualTo("kantou 関東.csv");
		assertThat(upload.rosterName()).isEqualTo("tokyo--kantou_関東.csv");
		Path inbox = root.resolve("input/rosters");
		assertThat(inbox.resolve("tokyo--kantou_関東.csv")).exists();
		assertThat(Files.readAllBytes(inbox.resolve("tokyo--kantou_関東.csv"))).isEqualTo(this.uploads.content(upload));
		assertThat(this.uploads.fate(upload).kind()).isEqualTo(RosterUploads.FateKind.IN_THE_INBOX);
		assertThat(root.resolve("output/uploads").resolve(upload.sha256() + ".csv")).exists();
	}

	@Test
	void whatDoesNotReadGetsAClearAnswerAndCannotBeSent() throws Exception {
		byte[][] files = { new byte[0], { 0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G', 0, 0 },
				"member_id,meeting,held_on\n".getBytes(StandardCharsets.UTF_16), "member_id,held_on\n1,2025-04-10\n".getBytes() };
		String[] expected = { "ファイルが空です", "バイナリ", "UTF-16", "必須の列 meeting / 学術集会名 がありません" };
		for (int i = 0; i < files.length; i++) {
			long id = uploaded(upload("tokyo", "M0001", "bad" + i + ".csv", files[i]));
			assertThat(page("tokyo", "ORGANIZER", "/organizer/uploads/" + id)).as(expected[i]).contains(expected[i])
				.contains("ファイル全体を読めません");
			MvcResult confirm = this.mvc.perform(post("/organizer/uploads/" + id + "/confirm")
				.with(user("tokyo").roles("ORGANIZER")).with(csrf())).andReturn();
			assertThat(confirm.getResponse().getStatus()).isEqualTo(400);
			assertThat(confirm.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("cannot be read at all");
		}
		MvcResult noFile = this.mvc.perform(multipart("/organizer/uploads").param("meeting", "M0001")
			.with(user("tokyo").roles("ORGANIZER")).with(csrf())).andReturn();
		assertThat(noFile.getResponse().getStatus()).isEqualTo(400);
	}

}
