package jp.or.jrs.renewal.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.or.jrs.renewal.StepTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake does not read a roster file nobody wrote since it was last read, and sees every write, even
 * one that keeps the file's length and sets its modification time back. The moment of each reading is set
 * by the test's clock, so the files' ages do not depend on how long the steps take.
 */
@ExtendWith(OutputCaptureExtension.class)
class RosterFileHashesTests extends StepTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 24);

	static final String CONGRESS = """
			member_id,member_name,meeting,held_on
			0010001,木村　誠,日本医学放射線学会 総会,2025-04-10
			0010008,藤田　花子,日本医学放射線学会 総会,2025-04-10
			""";

	@Autowired
	RosterFileStore files;

	@Autowired
	RosterFileHashes hashes;

	@AfterEach
	void realClock() {
		this.hashes.setClock(Clock.systemUTC());
	}

	@Test
	void aFileUntouchedSinceItWasReadIsNotReadAgainAndAnyWriteToItIsSeen(CapturedOutput log) throws Exception {
		assertThat(RosterFileHashes.statesTell(input("rosters"))).as("the temporary folder's file system").isTrue();
		roster("congress.csv", CONGRESS);
		roster("fresh.csv", CONGRESS.replace("0010008", "0010015"));
		Path congress = input("rosters/congress.csv");
		Path fresh = input("rosters/fresh.csv");

		readAt(changed(fresh).plusSeconds(10));
		step("catalog", FIRST);
		step("members", FIRST);
		step("intake", FIRST);
		step("ingest", FIRST);
		step("ingested", FIRST);
		assertThat(this.hashes.byName()).containsOnlyKeys("congress.csv", "fresh.csv");
		assertThat(this.hashes.byName().get("congress.csv").sha256())
			.isEqualTo(this.files.find("congress.csv").orElseThrow().sha256());

		// fresh.csv written again, and read a second after: too lately to be remembered by its state.
		roster("fresh.csv", CONGRESS.replace("0010008", "0010016"));
		readAt(changed(fresh).plusSeconds(1));
		step("intake", FIRST.plusDays(1));
		assertThat(statuses(FIRST.plusDays(1))).containsExactly("congress.csv UNCHANGED", "fresh.csv REPLACED");
		assertThat(log).contains("1 of 2 roster files are untouched since they were last read");
		assertThat(this.hashes.byName()).containsOnlyKeys("congress.csv");

		// The same length, and the modification time set back: only the change time (ctime) tells.
		FileTime modified = Files.getLastModifiedTime(congress);
		roster("congress.csv", CONGRESS.replace("0010008", "0010015"));
		Files.setLastModifiedTime(congress, modified);
		Files.delete(fresh);
		readAt(changed(congress).plusSeconds(10));
		step("intake", FIRST.plusDays(2));
		assertThat(statuses(FIRST.plusDays(2))).containsExactly("congress.csv REPLACED");
		assertThat(this.hashes.byName()).as("read again, remembered anew; a file no longer in the folder forgotten")
			.containsOnlyKeys("congress.csv");
		assertThat(this.hashes.byName().get("congress.csv").state().modifiedNanos())
			.isEqualTo(modified.to(TimeUnit.NANOSECONDS));
	}

	private void readAt(Instant moment) {
		this.hashes.setClock(Clock.fixed(moment, ZoneOffset.UTC));
	}

	private static Instant changed(Path file) throws Exception {
		return ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();
	}

	private List<String> statuses(LocalDate runDate) {
		return this.files.runFiles(runDate).stream().map(f -> f.fileName() + " " + f.status()).toList();
	}

}
