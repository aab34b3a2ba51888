package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.or.jrs.renewal.StepTests;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ledger on the night's real database: kept per roster file, read back by member or by file. */
class CreditLedgerTests extends StepTests {

	@Autowired
	CreditLedger ledger;

	static Credit attendance(int line, String member) {
		return new Credit(101, line, member, MeetingId.of(1), "", LocalDate.of(2025, 4, 10), CreditType.ATTENDANCE, "",
				Topic.NONE, BigDecimal.ZERO);
	}

	@Test
	void keepsCreditsAndProblemsPerFileAndRemovesExactlyWhatAFileContributed() {
		Credit lecture = new Credit(101, 4, "0010008", MeetingId.of(7), "", LocalDate.of(2024, 9, 1), CreditType.COMMON_LECTURE,
				"C-1", Topic.INFECTION_CONTROL, new BigDecimal("1.5"));
		this.ledger.addCredits(101, List.of(attendance(2, "0010001"), attendance(3, "0010022")));
		this.ledger.addCredits(101, List.of(lecture));
		this.ledger.addCredits(102, List.of(attendance(2, "0010001")));
		this.ledger.addProblems(101, List.of(new Problem(5, "held_on", "BAD_DATE", new Message("日付ではありません", "not a date"), "x"),
				new Problem(5, "units", "BAD_UNITS", new Message("", "not hours"), "y"),
				new Problem(6, "", "DUPLICATE", new Message("重複", "again"), "")));

		assertThat(this.ledger.size()).isEqualTo(4);
		List<Credit> file = new ArrayList<>();
		this.ledger.forEachCredit(101, file::add);
		assertThat(file).extracting(Credit::line).containsExactly(2, 3, 4);
		assertThat(file.get(2)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(lecture);
		assertThat(this.ledger.acceptedKeys(101)).containsEntry(lecture.key(), 4).hasSize(3);
		assertThat(this.ledger.problems(101)).extracting(p -> p.line() + " " + p.code() + " " + p.message().bilingual())
			.containsExactly("5 BAD_DATE 日付ではありません / not a date", "5 BAD_UNITS not hours", "6 DUPLICATE 重複 / again");
		CreditsByMember members = this.ledger.creditsOfMembers("0010001", "0010008");
		assertThat(members.memberIds()).containsOnly("0010001", "0010008");
		assertThat(members.size()).isEqualTo(3);
		assertThat(members.of("0010001")).extracting(Credit::fileId, Credit::line).containsExactly(tuple(101, 2), tuple(102, 2));
		assertThat(members.of("0010008")).singleElement().usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(lecture);
		assertThat(members.of("0010022")).isEmpty();

		this.ledger.removeFiles(List.of(101));

		assertThat(this.ledger.size()).isEqualTo(1);
		assertThat(this.ledger.problems(101)).isEmpty();
		assertThat(this.ledger.creditsOfMembers("0", "9").memberIds()).containsOnly("0010001");
	}

	@Test
	void readsTheProblemsOfAFileIngestedBeforeTheyWerePackedBesideItsPackedOnesAndRemovesBoth() {
		// A night resumed across the upgrade: its file's first chunks as rows, the rest packed.
		this.jdbc.update("""
				INSERT INTO roster_problems (file_id, line_no, seq, column_name, code, message, cell_value, message_ja)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", 103, 4, 0, "units", "BAD_UNITS", "not hours", "y", "");
		this.jdbc.update("""
				INSERT INTO roster_problems (file_id, line_no, seq, column_name, code, message, cell_value, message_ja)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", 103, 2, 0, "held_on", "BAD_DATE", "not a date", "x", "日付ではありません");
		this.ledger.addProblems(103, List.of(new Problem(9, "", "DUPLICATE", new Message("重複", "again"), "")));

		assertThat(this.ledger.problems(103)).extracting(p -> p.line() + " " + p.code() + " " + p.message().bilingual() + " " + p.value())
			.containsExactly("2 BAD_DATE 日付ではありません / not a date x", "4 BAD_UNITS not hours y", "9 DUPLICATE 重複 / again ");

		this.ledger.removeFiles(List.of(103));

		assertThat(this.ledger.problems(103)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM roster_problems", Integer.class)).isZero();
	}

}
