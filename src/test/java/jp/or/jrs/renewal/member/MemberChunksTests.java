package jp.or.jrs.renewal.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The member list and the certifications packed to rows and read back as they were, in their order. */
class MemberChunksTests {

	@Test
	void membersComeBackAsTheyWereWhateverTheirNamesHold() {
		List<Member> members = List.of(
				new Member("0010001", "木村　誠", LocalDate.of(1970, 4, 1), List.of("佐藤　誠", "Kimura")),
				new Member("0010002", "O'Brien <b>&\u0000 𠮷野", LocalDate.of(1500, 1, 1), List.of()),
				new Member("0010003", "長".repeat(30_000), LocalDate.of(9999, 12, 31), List.of("x".repeat(70_000))));
		List<Member> read = new ArrayList<>();

		MemberChunks.members(members).forEach(chunk -> MemberChunks.readMembers(chunk.bytes(), read::add));

		assertThat(read).isEqualTo(members);
	}

	@Test
	void certificationsComeBackAsTheyWere() {
		List<Certification> certifications = List.of(
				new Certification("0010001", "BOARD", LocalDate.of(2027, 8, 31), true, 10),
				new Certification("0010001", "SOCIETY", LocalDate.of(2028, 3, 31), false, 0));
		List<Certification> read = new ArrayList<>();

		MemberChunks.certifications(certifications)
			.forEach(chunk -> MemberChunks.readCertifications(chunk.bytes(), read::add));

		assertThat(read).isEqualTo(certifications);
	}

	@Test
	void aLongListIsCutIntoRowsOfAFewThousandInItsOrder() {
		List<Certification> certifications = IntStream.range(0, 2 * MemberChunks.MOST_ENTRIES + 1)
			.mapToObj(i -> new Certification("%07d".formatted(i), "BOARD", LocalDate.of(2027, 8, 31), false, i))
			.toList();
		List<MemberChunks.Chunk> chunks = MemberChunks.certifications(certifications);
		List<Certification> read = new ArrayList<>();

		chunks.forEach(chunk -> MemberChunks.readCertifications(chunk.bytes(), read::add));

		assertThat(chunks).extracting(MemberChunks.Chunk::entries)
			.containsExactly(MemberChunks.MOST_ENTRIES, MemberChunks.MOST_ENTRIES, 1);
		assertThat(read).isEqualTo(certifications);
		assertThat(MemberChunks.members(List.of())).isEmpty();
	}

	@Test
	void aRowOfAnotherFormatIsRefusedNotMisread() {
		byte[] chunk = MemberChunks.members(List.of(new Member("0010001", "木村　誠", LocalDate.of(1970, 4, 1), List.of())))
			.get(0)
			.bytes();
		chunk[0] = 9;
		assertThatIllegalStateException().isThrownBy(() -> MemberChunks.readMembers(chunk, member -> {
		})).withMessageContaining("a member chunk has format 9");
	}

}
