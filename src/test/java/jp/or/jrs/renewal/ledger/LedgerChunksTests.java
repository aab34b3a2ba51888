package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.catalog.MeetingId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerChunksTests {

	@Test
	void decodesWhatItEncoded() {
		List<Credit> entries = List.of(
				new Credit(0, 2, "0010001", MeetingId.of(1), "", LocalDate.of(2024, 4, 11), CreditType.ATTENDANCE, "",
						Topic.NONE, BigDecimal.ZERO),
				new Credit(0, 3, "0010001", MeetingId.of(1), "", LocalDate.of(2024, 4, 11), CreditType.SOCIETY_LECTURE, "S-1",
						Topic.QUALITY_DIAGNOSTIC, BigDecimal.ZERO),
				new Credit(0, 900_000, "0000000000000000000000000000042", MeetingId.of(342), "", LocalDate.of(1999, 12, 31),
						CreditType.DOMAIN_LECTURE, "講習Ａ－１２", Topic.DIAGNOSTIC_AND_THERAPEUTIC, new BigDecimal("12")),
				new Credit(0, 900_001, "7", MeetingId.of(200), "", LocalDate.of(2026, 11, 24), CreditType.COMMON_LECTURE,
						"x".repeat(100), Topic.WORK_AND_TREATMENT, new BigDecimal("0.5")),
				new Credit(0, 900_002, "8", MeetingId.of(1), "", LocalDate.of(1965, 9, 20), CreditType.ATTENDANCE, "",
						Topic.NONE, BigDecimal.ZERO),
				new Credit(0, 900_003, "9", MeetingId.of(1), "", LocalDate.of(1, 1, 1), CreditType.ATTENDANCE, "", Topic.NONE,
						BigDecimal.ZERO));
		List<Credit> decoded = new ArrayList<>();
		LedgerChunks.decode(0, LedgerChunks.encode(entries), decoded::add);

		assertThat(decoded).hasSize(6);
		for (int i = 0; i < entries.size(); i++) {
			Credit e = entries.get(i);
			Credit d = decoded.get(i);
			assertThat(d).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.isEqualTo(e);
		}
	}

	@Test
	void skipsTheCreditsOfMembersNotWantedAndReadsTheRestAsTheyWere() {
		List<Credit> entries = List.of(
				new Credit(0, 2, "0010001", MeetingId.of(1), "旧名称の学会", LocalDate.of(2024, 4, 11),
						CreditType.DOMAIN_LECTURE, "講習Ａ－１２", Topic.DIAGNOSTIC_AND_THERAPEUTIC, new BigDecimal("1.5")),
				new Credit(0, 3, "0010002", MeetingId.of(300), "", LocalDate.of(1999, 1, 1), CreditType.ATTENDANCE, "",
						Topic.NONE, BigDecimal.ZERO),
				new Credit(0, 5, "0010001", MeetingId.of(7), "", LocalDate.of(2025, 1, 1), CreditType.COMMON_LECTURE,
						"C-1", Topic.WORK_AND_TREATMENT, new BigDecimal("0.5")));
		List<Credit> decoded = new ArrayList<>();
		LedgerChunks.decode(0, LedgerChunks.encode(entries), new LedgerChunks.SharedStrings(), null, null, "0010002"::equals,
				decoded::add);
		assertThat(decoded).singleElement().usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(entries.get(1));

		decoded.clear();
		LedgerChunks.decode(0, LedgerChunks.encode(entries), new LedgerChunks.SharedStrings(), null, null, "0010001"::equals,
				decoded::add);
		assertThat(decoded).usingRecursiveFieldByFieldElementComparator().extracting(Credit::line).containsExactly(2, 5);
		assertThat(decoded.get(1).lectureId()).isEqualTo("C-1");
	}

	@Test
	void readsOnlyTheCreditsOfARangeOfMembersBothEndsIncludedInTheOrderOfTheirText() {
		List<Credit> entries = new ArrayList<>();
		for (String memberId : List.of("0010003", "001", "0010001", "00100015", "0010002", "0010004", "0010002")) {
			entries.add(new Credit(0, entries.size() + 2, memberId, MeetingId.of(1), "", LocalDate.of(2024, 4, 11),
					CreditType.DOMAIN_LECTURE, "L-" + entries.size(), Topic.DIAGNOSTIC_AND_THERAPEUTIC, new BigDecimal("1.0")));
		}
		List<Credit> decoded = new ArrayList<>();
		LedgerChunks.decode(0, LedgerChunks.encode(entries), new LedgerChunks.SharedStrings(), "0010001", "0010003",
				memberId -> !memberId.equals("0010003"), decoded::add);
		// As String.compareTo orders them: "00100015" lies between "0010001" and "0010002"; "001" before both.
		assertThat(decoded).extracting(Credit::memberId).containsExactly("0010001", "00100015", "0010002", "0010002");
		assertThat(decoded).extracting(Credit::lectureId).containsExactly("L-2", "L-3", "L-4", "L-6");
		assertThat(entries).filteredOn(c -> c.memberId().compareTo("0010001") >= 0 && c.memberId().compareTo("0010003") <= 0
				&& !c.memberId().equals("0010003")).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(decoded);
	}

	@Test
	void decidesOnceForARunOfOneMembersCreditsWhatItDecidesForEachOfThem() {
		// Runs of one member, as rosters list them: kept, not wanted, outside the range, an id that begins
		// another, the same member again after others.
		List<String> members = List.of("0010001", "0010001", "0010002", "0010002", "0010002", "001", "001", "0010001",
				"00100015", "00100015", "0010009", "0010009", "0010001");
		List<Credit> entries = new ArrayList<>();
		for (String memberId : members) {
			entries.add(new Credit(0, entries.size() + 2, memberId, MeetingId.of(1 + entries.size()), "",
					LocalDate.of(2024, 4, 11).plusDays(entries.size()), CreditType.DOMAIN_LECTURE, "L-" + entries.size(),
					Topic.DIAGNOSTIC_AND_THERAPEUTIC, new BigDecimal("1.0")));
		}
		List<Credit> decoded = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		LedgerChunks.decode(0, LedgerChunks.encode(entries), new LedgerChunks.SharedStrings(), "0010001", "0010003",
				memberId -> asked.add(memberId) && !memberId.equals("0010002"), decoded::add);

		// Asked once a run, and only within the range.
		assertThat(asked).containsExactly("0010001", "0010002", "0010001", "00100015", "0010001");
		assertThat(decoded).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyElementsOf(entries.stream()
				.filter(c -> c.memberId().compareTo("0010001") >= 0 && c.memberId().compareTo("0010003") <= 0
						&& !c.memberId().equals("0010002"))
				.toList());
		assertThat(decoded).extracting(Credit::line).containsExactly(2, 3, 9, 10, 11, 14);
		assertThat(decoded.get(1).memberId()).isSameAs(decoded.get(0).memberId()).isSameAs(decoded.get(5).memberId());
	}

	@Test
	void sharesEqualStringsAcrossChunksAndAsTheirTableGrows() {
		LedgerChunks.SharedStrings strings = new LedgerChunks.SharedStrings();
		List<Credit> entries = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			entries.add(new Credit(0, i + 2, String.format("%07d", 10001 + i % 2500), MeetingId.of(1),
					(i % 3 == 0) ? "旧名称" + (i % 7) : "", LocalDate.of(2024, 4, 11), CreditType.DOMAIN_LECTURE,
					"講習-" + (i % 100), Topic.DIAGNOSTIC_AND_THERAPEUTIC, BigDecimal.ONE));
		}
		List<Credit> decoded = new ArrayList<>();
		LedgerChunks.decode(0, LedgerChunks.encode(entries.subList(0, 2500)), strings, null, null, id -> true, decoded::add);
		LedgerChunks.decode(0, LedgerChunks.encode(entries.subList(2500, 5000)), strings, null, null, id -> true,
				decoded::add);

		assertThat(decoded).extracting(Credit::memberId).isEqualTo(entries.stream().map(Credit::memberId).toList());
		assertThat(decoded).extracting(Credit::lectureId).isEqualTo(entries.stream().map(Credit::lectureId).toList());
		assertThat(decoded).extracting(Credit::reportedAs).isEqualTo(entries.stream().map(Credit::reportedAs).toList());
		for (int i = 0; i < 2500; i++) {
			assertThat(decoded.get(i + 2500).memberId()).isSameAs(decoded.get(i).memberId());
			assertThat(decoded.get(i + 2500).lectureId()).isSameAs(decoded.get(i).lectureId());
		}
	}

	@Test
	void isCompact() {
		List<Credit> entries = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			entries.add(new Credit(0, i + 2, String.format("%07d", 10001 + i), MeetingId.of(1), "", LocalDate.of(2024, 4, 11),
					CreditType.ATTENDANCE, "", Topic.NONE, BigDecimal.ZERO));
		}
		// About 18 bytes an attendance, most of it the member id.
		assertThat(LedgerChunks.encode(entries).length).isLessThan(2000 * 19);
	}

	@Test
	void keepsTheFormerNameAMeetingWasReportedByAndReadsTheFormatsBeforeIt() {
		Credit former = new Credit(7, 2, "0010001", MeetingId.of(10), "腹部放射線研究会(日医放)", LocalDate.of(2024, 4, 11),
				CreditType.ATTENDANCE, "", Topic.NONE, new BigDecimal("0.0"));
		List<Credit> decoded = new ArrayList<>();
		LedgerChunks.decode(7, LedgerChunks.encode(List.of(former)), decoded::add);
		assertThat(decoded).singleElement().isEqualTo(former);

		// Format 2, as the ledgers of earlier builds hold it: line 2, member "1", M0001, 1970-01-02, attendance.
		byte[] version2 = { 2, 1, 2, 1, '1', 1, 2, 1, 0, 0, 0 };
		decoded.clear();
		LedgerChunks.decode(3, version2, decoded::add);
		assertThat(decoded).singleElement().isEqualTo(new Credit(3, 2, "1", MeetingId.of(1), "", LocalDate.of(1970, 1, 2),
				CreditType.ATTENDANCE, "", Topic.NONE, BigDecimal.ZERO.setScale(1)));
	}

	@Test
	void keepsTheCreditsOfEachWantedMemberAsTheyWereUntilAskedForThem() {
		// Two chunks of two files, one of format 2 (as earlier builds wrote them), members in runs and apart.
		List<Credit> entries = List.of(
				new Credit(11, 2, "0010001", MeetingId.of(1), "旧名称の学会", LocalDate.of(2024, 4, 11),
						CreditType.DOMAIN_LECTURE, "講習Ａ－１２", Topic.DIAGNOSTIC_AND_THERAPEUTIC, new BigDecimal("1.5")),
				new Credit(11, 3, "0010001", MeetingId.of(300), "", LocalDate.of(1969, 1, 1), CreditType.ATTENDANCE, "",
						Topic.NONE, BigDecimal.ZERO),
				new Credit(11, 5, "0010002", MeetingId.of(7), "", LocalDate.of(2025, 1, 1), CreditType.COMMON_LECTURE,
						"C-1", Topic.WORK_AND_TREATMENT, new BigDecimal("0.5")),
				new Credit(11, 900_000, "0010003", MeetingId.of(7), "", LocalDate.of(2025, 1, 1), CreditType.ATTENDANCE,
						"", Topic.NONE, BigDecimal.ZERO),
				new Credit(11, 900_001, "0010001", MeetingId.of(8), "", LocalDate.of(2025, 2, 1), CreditType.SOCIETY_LECTURE,
						"S-1", Topic.QUALITY_DIAGNOSTIC, BigDecimal.ZERO));
		byte[] version2 = { 2, 1, 2, 7, '0', '0', '1', '0', '0', '0', '1', 1, 2, 1, 0, 0, 0 };
		LedgerChunks.SharedStrings strings = new LedgerChunks.SharedStrings();
		CreditsByMember kept = new CreditsByMember(strings);
		LedgerChunks.keep(11, LedgerChunks.encode(entries), strings, "0010001", "0010002", id -> true, kept::keptFor);
		LedgerChunks.keep(12, version2, strings, null, null, id -> true, kept::keptFor);

		assertThat(kept.memberIds()).containsOnly("0010001", "0010002");
		assertThat(kept.size()).isEqualTo(5);
		List<Credit> expected = new ArrayList<>(List.of(entries.get(0), entries.get(1), entries.get(4)));
		expected.add(new Credit(12, 2, "0010001", MeetingId.of(1), "", LocalDate.of(1970, 1, 2), CreditType.ATTENDANCE, "",
				Topic.NONE, BigDecimal.ZERO));
		assertThat(kept.of("0010001")).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
		assertThat(kept.of("0010002")).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(List.of(entries.get(2)));
		assertThat(kept.of("0010003")).isEmpty();
		// Asked again, the same credits; their strings shared as the pass read them.
		assertThat(kept.of("0010001").get(0).lectureId()).isEqualTo("講習Ａ－１２").isSameAs(kept.of("0010001").get(0).lectureId());
		assertThat(kept.of("0010001").get(3).memberId()).isSameAs(kept.of("0010001").get(0).memberId());
	}

	@Test
	void keepsACreditInAFewBytesHoweverLongItsStrings() {
		List<Credit> entries = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			entries.add(new Credit(3, 100_000 + i, "0010001", MeetingId.of(300), "日本医学放射線学会 秋季臨床大会(旧名称)",
					LocalDate.of(2025, 10, 1), CreditType.DOMAIN_LECTURE, "講習-" + "Ａ".repeat(90) + (i % 10),
					Topic.DIAGNOSTIC_AND_THERAPEUTIC, new BigDecimal("1.5")));
		}
		LedgerChunks.SharedStrings strings = new LedgerChunks.SharedStrings();
		CreditsByMember kept = new CreditsByMember(strings);
		LedgerChunks.keep(3, LedgerChunks.encode(entries), strings, null, null, id -> true, kept::keptFor);

		// Each string is held once; a credit keeps its number.
		assertThat(kept.keptFor("0010001").size()).isLessThan(1000 * 16);
		assertThat(kept.of("0010001")).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(entries);
	}

	@Test
	void refusesAFormatItDoesNotKnow() {
		assertThatThrownBy(() -> LedgerChunks.decode(1, new byte[] { 9, 0 }, c -> {
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("format 9");
	}

}
