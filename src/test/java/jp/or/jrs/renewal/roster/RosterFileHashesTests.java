package jp.or.jrs.renewal.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.or.jrs.renewal.StepTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake does not read a roster file nobody wrote since it was last read, and sees every write, even
 * one that keeps the file's length and sets its modification time back.
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

	@Test
	void aFileUntouchedSinceItWasReadIsNotReadAgainAndAnyWriteToItIsSeen(CapturedOutput log) throws Exception {
		roster("congress.csv", CONGRESS);
		roster("fresh.csv", CONGRESS);
		Path congress = input("rosters/congress.csv");
		// A file is remembered by its state only once it last changed well before it was read.
		Thread.sleep(RosterFileHashes.SETTLED.toMillis() + 200);
		roster("fresh.csv", CONGRESS.replace("0010008", "0010015"));
		step("catalog", FIRST);
		step("members", FIRST);
		step("intake", FIRST);
		step("ingest", FIRST);
		step("ingested", FIRST);
		assertThat(this.hashes.byName()).containsOnlyKeys("congress.csv");
		assertThat(this.hashes.byName().get("congress.csv").sha256())
			.isEqualTo(this.files.find("congress.csv").orElseThrow().sha256());

		step("intake", FIRST.plusDays(1));
		assertThat(statuses(FIRST.plusDays(1))).containsExactly("congress.csv UNCHANGED", "fresh.csv UNCHANGED");
		assertThat(log).contains("1 of 2 roster files are untouched since they were last read");
		assertThat(this.hashes.byName()).as("fresh.csv, read again, was written too lately").containsOnlyKeys(
				"congress.csv");

		// The same length, and the modification time set back: only the change time (ctime) tells.
		FileTime modified = Files.getLastModifiedTime(congress);
		roster("congress.csv", CONGRESS.replace("0010008", "0010015"));
		Files.setLastModifiedTime(congress, modified);
		Files.delete(input("rosters/fresh.csv"));
		step("intake", FIRST.plusDays(2));
		assertThat(statuses(FIRST.plusDays(2))).containsExactly("congress.csv REPLACED");
		assertThat(this.hashes.byName()).as("a file no longer in the folder is forgotten, one just written is not kept")
			.isEmpty();
	}

	private List<String> statuses(LocalDate runDate) {
		return this.files.runFiles(runDate).stream().map(f -> f.fileName() + " " + f.status()).toList();
	}

}
