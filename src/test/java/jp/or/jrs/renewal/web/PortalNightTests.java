package jp.or.jrs.renewal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

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

import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.job.Night;
import jp.or.jrs.renewal.job.SlowIngestion;
import jp.or.jrs.renewal.upload.PortalAccounts;
import jp.or.jrs.renewal.upload.RosterUploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The portal and the night share the database: the portal runs the night itself, stays usable while it
 * runs, and an upload confirmed meanwhile waits for the next night. (The night's ingestion is slowed down
 * so that it is still running while the test uses the portal.)
 */
@SpringBootTest(classes = { RenewalCreditsApplication.class, SlowIngestion.class },
		webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "renewal.chunk-size=100", "renewal.ingest-threads=1", "renewal.portal.night-cron=-" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PortalNightTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 24);

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalNight night;

	@Autowired
	RosterUploads uploads;

	@Autowired
	PortalAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Night.withShippedSample(root).configure(registry);
	}

	@Test
	void thePortalRunsTheNightStaysUsableAndHoldsUploadsForTheNextNight() throws Exception {
		this.accounts.create("tokyo", "東京", PortalAccounts.Role.ORGANIZER, "tokyo-password-1", Set.of(MeetingId.of(1)));
		assertThat(this.night.start(NIGHT)).isTrue();
		assertThat(this.night.start(NIGHT)).as("one night at a time").isFalse();
		assertThat(this.night.running()).isEqualTo(NIGHT);

		long started = System.nanoTime();
		assertThat(this.mvc.perform(get("/organizer").with(user("tokyo").roles("ORGANIZER"))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the portal answers while the night runs")
			.isLessThan(Duration.ofSeconds(5));
		String location = this.mvc.perform(multipart("/organizer/uploads")
			.file(new MockMultipartFile("file", "late.csv", "text/csv",
					"member_id,meeting,held_on\n0010001,日本医学放射線学会 総会,2025-04-10\n".getBytes(StandardCharsets.UTF_8)))
			.param("meeting", "M0001").with(user("tokyo").roles("ORGANIZER")).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post(location + "/confirm").with(user("tokyo").roles("ORGANIZER")).with(csrf()));

		assertThat(this.night.running()).as("the night still runs").isEqualTo(NIGHT);
		assertThat(this.uploads.fate(this.uploads.find(id).orElseThrow()).kind())
			.isEqualTo(RosterUploads.FateKind.WAITING_FOR_THE_NIGHT);
		assertThat(root.resolve("input/rosters/tokyo--late.csv")).doesNotExist();

		while (this.night.running() != null) {
			Thread.sleep(100);
		}
		assertThat(root.resolve("output/2026-11-24/summary.csv")).exists();
		// The database never checkpoints by itself (it could hang the ingestion's partitions): the night
		// does, at its end, which matters here, where the process and its database stay open.
		assertThat(this.jdbc.queryForObject("SELECT property_value FROM information_schema.system_properties"
				+ " WHERE property_name = 'hsqldb.log_size'", String.class)).isEqualTo("0");
		assertThat(Files.size(root.resolve("output/db/renewal.log"))).as("the log after the night's checkpoint")
			.isLessThan(4096);
		assertThat(Files.readString(root.resolve("output/2026-11-24/summary.csv"))).doesNotContain("tokyo--late.csv");
		assertThat(this.uploads.fate(this.uploads.find(id).orElseThrow()).kind())
			.isEqualTo(RosterUploads.FateKind.IN_THE_INBOX);
		assertThat(root.resolve("input/rosters/tokyo--late.csv")).exists();

		assertThat(this.night.start(NIGHT.plusDays(1))).isTrue();
		while (this.night.running() != null) {
			Thread.sleep(100);
		}
		RosterUploads.Fate fate = this.uploads.fate(this.uploads.find(id).orElseThrow());
		assertThat(fate.kind()).isEqualTo(RosterUploads.FateKind.INGESTED);
		assertThat(fate.runDate()).isEqualTo(NIGHT.plusDays(1));
		assertThat(fate.accepted()).isEqualTo(1);
	}

}
