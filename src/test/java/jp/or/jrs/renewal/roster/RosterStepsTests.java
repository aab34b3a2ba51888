package jp.or.jrs.renewal.roster;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import jp.or.jrs.renewal.StepTests;
import jp.or.jrs.renewal.ledger.CreditLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster steps on their own, with Spring Batch's test utilities: {@code intake} decides each file's
 * fate and spools what it takes, {@code ingest} validates every row into the ledger, {@code ingested}
 * marks the files complete; the next night sees them unchanged or replaced.
 */
class RosterStepsTests extends StepTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 24);

	static final LocalDate SECOND = FIRST.plusDays(1);

	static final String CONGRESS = """
			member_id,member_name,meeting,held_on
			0010001,木村　誠,日本医学放射線学会 総会,2025-04-10
			0010008,藤田　花子,日本医学放射線学会 総会,2025-04-10
			0010001,木村 誠,日本医学放射線学会 総会,2025-04-10
			0099999,,日本医学放射線学会 総会,2025-04-10
			""";

	@Autowired
	RosterFileStore files;

	@Autowired
	CreditLedger ledger;

	@Test
	void intakeDecidesEachFilesFateAndIngestionKeepsEveryRowOrItsProblems() throws Exception {
		roster("congress.csv", CONGRESS);
		Files.write(input("rosters/excel.csv"), "会員番号,学術集会名,開催日\r\n0010015,日本医学放射線学会 総会,2025/4/10\r\n"
			.getBytes(Charset.forName("windows-31j")));
		Files.write(input("rosters/empty.csv"), new byte[0]);
		roster("notes.txt", "not a roster");
		step("catalog", FIRST);
		step("members", FIRST);

		ExecutionContext intake = step("intake", FIRST);

		assertThat(statuses(FIRST)).containsExactly("congress.csv INGESTED", "empty.csv FILE_REJECTED",
				"excel.csv INGESTED");
		assertThat(RosterIntakeTasklet.SKIPPED.get(intake).orElseThrow().entries())
			.singleElement().asString().contains("notes.txt");
		assertThat(Files.readString(output("spool/2026-11-24/excel.csv"), StandardCharsets.UTF_8))
			.as("a CP932 file is spooled in UTF-8").startsWith("会員番号,学術集会名,開催日");
		assertThat(this.files.runFileProblems(FIRST, "empty.csv")).extracting(p -> p.code())
			.containsExactly("FILE_UNREADABLE");

		step("ingest", FIRST);
		step("ingested", FIRST);

		RosterFileStore.StoredFile congress = this.files.find("congress.csv").orElseThrow();
		assertThat(List.of(congress.accepted(), congress.rejected(), congress.duplicate())).containsExactly(2, 1, 1);
		assertThat(congress.ingestedOn()).isEqualTo(FIRST);
		assertThat(this.ledger.problems(congress.fileId())).extracting(p -> p.line() + ":" + p.code())
			.containsExactly("4:DUPLICATE", "5:UNKNOWN_MEMBER");
		assertThat(this.ledger.acceptedKeys(congress.fileId())).hasSize(2).containsValues(2, 3);
		assertThat(this.files.find("excel.csv").orElseThrow().accepted()).isEqualTo(1);
		assertThat(this.files.find("empty.csv")).as("a file rejected as a whole never reaches the ledger").isEmpty();
		assertThat(this.ledger.size()).isEqualTo(3);

		roster("congress.csv", CONGRESS.replace("0099999", "0010015"));
		step("intake", SECOND);

		assertThat(statuses(SECOND)).containsExactly("congress.csv REPLACED", "empty.csv FILE_REJECTED",
				"excel.csv UNCHANGED");
		assertThat(this.ledger.size()).as("what the replaced version contributed is gone").isEqualTo(1);
		step("ingest", SECOND);
		step("ingested", SECOND);
		assertThat(this.files.find("congress.csv").orElseThrow().accepted()).isEqualTo(3);
		assertThat(this.ledger.size()).isEqualTo(4);
	}

	List<String> statuses(LocalDate runDate) {
		return this.files.runFiles(runDate).stream().map(f -> f.fileName() + " " + f.status()).toList();
	}

}
