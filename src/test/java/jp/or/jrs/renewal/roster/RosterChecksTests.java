package jp.or.jrs.renewal.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.catalog.CatalogIndex;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.NameKey;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.TableHeader;

import static org.assertj.core.api.Assertions.assertThat;

class RosterChecksTests {

	static final List<Meeting> MEETINGS = List.of(
			new Meeting(MeetingId.of(1), 1, "", "日本医学放射線学会 総会", List.of(), true, BigDecimal.valueOf(15), BigDecimal.valueOf(3),
					BigDecimal.valueOf(12), 0),
			new Meeting(MeetingId.of(10), 3, "3-1", "日本腹部放射線学会", List.of("腹部放射線研究会(日医放)"), false, BigDecimal.valueOf(5),
					BigDecimal.valueOf(2), BigDecimal.valueOf(4), 0));

	final RosterChecks checks = new RosterChecks(new CatalogIndex(MEETINGS),
			Map.of("0012345", Set.of(NameKey.of("山田 花子"), NameKey.of("鈴木 花子"))), LocalDate.of(2026, 11, 24));

	static final String[] ENGLISH = { "member_id", "member_name", "meeting", "held_on", "credit_type", "topic",
			"lecture_id", "units" };

	ValidatedRow check(String[] header, String... cells) {
		TableHeader<RosterColumn> parsed = TableHeader.parse(header, RosterColumn.class).header();
		return this.checks.check(new RosterRecord(0, "f.csv", parsed, CsvRow.wellFormed(7, cells)));
	}

	ValidatedRow check(String... cells) {
		return check(ENGLISH, cells);
	}

	static List<String> codes(ValidatedRow row) {
		return row.problems().stream().map(p -> p.column() + ":" + p.code()).toList();
	}

	@Test
	void acceptsAnAttendanceAndIgnoresLectureFields() {
		ValidatedRow row = check("0012345", "山田　花子", "日本医学放射線学会総会", "2025/4/3", "", "x", "y", "z");
		assertThat(row.isAccepted()).isTrue();
		assertThat(row.credit().meeting()).hasToString("M0001");
		assertThat(row.credit().heldOn()).isEqualTo(LocalDate.of(2025, 4, 3));
		assertThat(row.credit().type()).isEqualTo(CreditType.ATTENDANCE);
		assertThat(row.credit().lectureId()).isEmpty();
		assertThat(row.credit().units()).isZero();
	}

	@Test
	void acceptsJapaneseHeadersInAnyOrderFormerNamesAndOtherNames() {
		String[] header = { "開催日", "学術集会名", "会員番号", "氏名", "所属", "区分", "テーマ", "講習ID", "単位数" };
		ValidatedRow row = check(header, "2025-04-03", "腹部放射線研究会(日医放)", "００１２３４５", "鈴木 花子", "放射線科", "領域講習", "診断・治療",
				"D-1", "１．５");
		assertThat(row.isAccepted()).isTrue();
		assertThat(row.credit().meeting()).hasToString("M0010");
		assertThat(row.credit().memberId()).isEqualTo("0012345");
		assertThat(row.credit().topic()).isEqualTo(Topic.DIAGNOSTIC_AND_THERAPEUTIC);
		assertThat(row.credit().units()).isEqualByComparingTo("1.5");
	}

	@Test
	void reportsEveryProblemOfARowWithItsColumn() {
		ValidatedRow row = check("0012345", "山田 次郎", "日本医学放射線学会 総会x", "2025-02-30", "COMMON_LECTURE", "感染症", "",
				"13");
		assertThat(row.isRejected()).isTrue();
		assertThat(codes(row)).containsExactly("member_name:NAME_MISMATCH", "meeting:UNKNOWN_MEETING",
				"held_on:BAD_DATE", "topic:BAD_TOPIC", "lecture_id:MISSING_FIELD", "units:BAD_UNITS");
		assertThat(row.problems()).allMatch(p -> p.line() == 7);
		assertThat(row.problems().get(1).message().en()).contains("日本医学放射線学会 総会");
	}

	@Test
	void reportsMissingUnknownAndFutureValues() {
		assertThat(codes(check("", "", "", "", "", "", "", ""))).containsExactly("member_id:MISSING_FIELD",
				"meeting:MISSING_FIELD", "held_on:MISSING_FIELD");
		assertThat(codes(check("12345", "", "日本医学放射線学会 総会", "2026-11-25", "聴講", "", "", ""))).containsExactly(
				"member_id:UNKNOWN_MEMBER", "held_on:FUTURE_DATE", "credit_type:BAD_CREDIT_TYPE");
		assertThat(check("12345", "", "日本医学放射線学会 総会", "2026-11-24", "", "", "", "").problems().get(0).message())
			.isEqualTo(new Message("会員番号 12345 は会員名簿にありません。0012345 ではありませんか。表計算ソフトが先頭の0を消した可能性があります"
					+ "(列を文字列の書式にしてください)", "member number 12345 is not in the member list; did you mean 0012345? "
							+ "A spreadsheet may have dropped its leading zeros (format the column as text)"));
	}

	@Test
	void checksUnitsOfCommonAndDomainLecturesOnly() {
		assertThat(codes(check("0012345", "", "日本医学放射線学会 総会", "2025-04-03", "共通講習", "医療安全", "C1", "0.25")))
			.containsExactly("units:BAD_UNITS");
		assertThat(codes(check("0012345", "", "日本医学放射線学会 総会", "2025-04-03", "共通講習", "医療安全", "C1", "0")))
			.containsExactly("units:BAD_UNITS");
		assertThat(check("0012345", "", "日本医学放射線学会 総会", "2025-04-03", "共通講習", "医療安全", "C1", "12").isAccepted())
			.isTrue();
		ValidatedRow society = check("0012345", "", "日本医学放射線学会 総会", "2025-04-03", "必須講習", "医療の質：診断", "S1", "abc");
		assertThat(society.isAccepted()).isTrue();
		assertThat(society.credit().topic()).isEqualTo(Topic.QUALITY_DIAGNOSTIC);
	}

	@Test
	void namesAMissingColumnForALectureRow() {
		String[] header = { "member_id", "meeting", "held_on", "credit_type" };
		ValidatedRow row = check(header, "0012345", "日本医学放射線学会 総会", "2025-04-03", "DOMAIN_LECTURE");
		assertThat(row.problems()).extracting(Problem::code).containsExactly("MISSING_FIELD", "MISSING_FIELD",
				"MISSING_FIELD");
		assertThat(row.problems().get(0).message().en()).contains("the file has no topic / テーマ column");
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsMalformedAndNothingElse() {
		ValidatedRow row = check("0012345", "", "x", "y");
		assertThat(codes(row)).containsExactly(":MALFORMED_ROW");
		assertThat(row.problems().get(0).message().en()).contains("4 cells but the header has 8");
	}

	@Test
	void refusesAHeaderWithoutARequiredColumnOrWithTwoColumnsForOneField() {
		TableHeader.Parsed<RosterColumn> missing = TableHeader.parse(new String[] { "member_id", "held_on" },
				RosterColumn.class);
		assertThat(missing.header()).isNull();
		assertThat(missing.problems()).extracting(Problem::code, Problem::line).containsExactly(
				org.assertj.core.groups.Tuple.tuple("BAD_HEADER", 0));
		assertThat(missing.problems().get(0).message().en()).contains("meeting / 学術集会名");
		TableHeader.Parsed<RosterColumn> twice = TableHeader.parse(
				new String[] { "member_id", "会員番号", "meeting", "held_on" }, RosterColumn.class);
		assertThat(twice.problems()).singleElement().satisfies(p -> assertThat(p.message().en()).contains("two columns"));
	}

	@Test
	void saysWhatWasMeantWhereAValueIsCloseToAKnownOne() {
		assertThat(check("0012345", "", "日本医学放射線学会総会", "45392", "参加者", "", "", "").problems())
			.extracting(p -> p.code() + ": " + p.message().en()).containsExactly(
					"BAD_DATE: not a date; did you mean 2024-04-10 (an Excel date saved as a number)? write the first day "
							+ "of the meeting as YYYY-MM-DD or YYYY/M/D, e.g. 2025-04-13",
					"BAD_CREDIT_TYPE: did you mean 参加? unknown credit type; use one of ATTENDANCE/参加, "
							+ "SOCIETY_LECTURE/必須講習, COMMON_LECTURE/共通講習, DOMAIN_LECTURE/領域講習 (blank means 参加)");
		ValidatedRow topic = check("0012345", "", "日本医学放射線学会 総会", "2025-04-03", "必須講習", "医療安全・放射線", "S-1", "");
		assertThat(topic.problems()).singleElement().satisfies(p -> assertThat(p.message().ja())
			.startsWith("医療安全・放射線防護 ではありませんか。必須講習(SOCIETY_LECTURE)のテーマではありません"));
		assertThat(check("0012345", "", "腹部放射線学会", "2025-04-03", "", "", "", "").problems())
			.singleElement().satisfies(p -> assertThat(p.message().en())
				.isEqualTo("not an accredited meeting of the catalog; did you mean: 「日本腹部放射線学会」「日本医学放射線学会 総会」?"));
	}

	@Test
	void keepsTheFormerNameAMeetingWasReportedBy() {
		assertThat(check("0012345", "", "腹部放射線研究会(日医放)", "2025-04-03", "", "", "", "").credit().reportedAs())
			.isEqualTo("腹部放射線研究会(日医放)");
		assertThat(check("0012345", "", "日本腹部放射線学会", "2025-04-03", "", "", "", "").credit().reportedAs()).isEmpty();
	}

}
