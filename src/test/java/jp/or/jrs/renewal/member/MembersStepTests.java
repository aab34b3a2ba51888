package jp.or.jrs.renewal.member;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.StepTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code members} step on its own: the store ends up holding exactly the night's files, whether the
 * files are new to the database or changed in a few rows since the last night; rows of the member tables of
 * an earlier version are read until a load packs the lists.
 */
@ExtendWith(OutputCaptureExtension.class)
class MembersStepTests extends StepTests {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 24);

	static final Path SHIPPED_MEMBERS = Path.of("input/members/members.csv");

	static final Path SHIPPED_CERTIFICATIONS = Path.of("input/members/certifications.csv");

	/** What the step logs when it replays the last load. */
	static final String REPLAYED = "its counts and reject reports are replayed";

	@Autowired
	MemberStore store;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theTablesHoldExactlyEachNightsFilesWhenAFewRowsChange() throws IOException {
		step("members", FIRST);
		assertThat(members()).hasSize(100);
		assertThat(certifications()).hasSize(300);
		assertTheStoreKeepsWhatTheTablesHold();

		// A member renamed, one leaving (with their certifications), one joining; a certification renewed.
		List<String> memberLines = new ArrayList<>(Files.readAllLines(input("members/members.csv"), StandardCharsets.UTF_8));
		assertThat(memberLines.get(1)).startsWith("0010001,木村　誠,");
		memberLines.set(1, memberLines.get(1).replace("木村　誠", "木村　誠一"));
		String leaving = memberLines.remove(2).split(",")[0];
		memberLines.add("0099990,新井　葵,1990-05-05,");
		write("members/members.csv", memberLines);
		List<String> certificationLines = new ArrayList<>(
				Files.readAllLines(input("members/certifications.csv"), StandardCharsets.UTF_8));
		certificationLines.removeIf(line -> line.startsWith(leaving + ","));
		assertThat(certificationLines.get(3)).isEqualTo("0010001,BOARD,2027-08-31,,10");
		certificationLines.set(3, "0010001,BOARD,2032-08-31,,10");
		certificationLines.add("0099990,BOARD,2030-03-31,,5");
		write("members/certifications.csv", certificationLines);

		step("members", FIRST.plusDays(1));

		assertThat(members()).hasSize(100)
			.contains("0010001 木村　誠一", "0099990 新井　葵")
			.noneMatch(row -> row.startsWith(leaving + " "));
		assertThat(certifications()).hasSize(300 - 3 + 1)
			.contains("0010001 BOARD 2032-08-31", "0099990 BOARD 2030-03-31")
			.doesNotContain("0010001 BOARD 2027-08-31")
			.noneMatch(row -> row.startsWith(leaving + " "));
		assertTheStoreKeepsWhatTheTablesHold();

		// A load that rolls back leaves the store reading the tables, not what the load would have written.
		new TransactionTemplate(this.transactions).executeWithoutResult(transaction -> {
			this.store.willHold(List.of(), List.of());
			transaction.setRollbackOnly();
		});
		assertThat(this.store.keepsRows()).as("after a rollback").isFalse();
		assertTheStoreAnswersAsTheTables();

		// A date before the Gregorian calendar, which HSQLDB's DATE gave back shifted by days, is kept as it is.
		memberLines.add("0099991,古田　一,1500-01-01,");
		write("members/members.csv", memberLines);
		step("members", FIRST.plusDays(2));
		assertThat(members()).contains("0099991 古田　一");
		assertTheStoreKeepsWhatTheTablesHold();
		assertThat(new MemberStore(this.jdbc).membersById().get("0099991").birthDate())
			.isEqualTo(LocalDate.of(1500, 1, 1));
	}

	@Test
	void rowsOfAnEarlierVersionAreReadUntilALoadPacksTheLists() throws IOException {
		restoreShippedFiles();
		// A database of an earlier version: the lists as rows, nothing packed, no load to replay.
		this.jdbc.update("DELETE FROM member_list_chunks");
		this.jdbc.update("DELETE FROM member_loads");
		this.jdbc.update("DELETE FROM input_fingerprints WHERE input IN ('members', 'certifications')");
		this.jdbc.update("DELETE FROM certifications");
		this.jdbc.update("DELETE FROM members");
		this.jdbc.update("INSERT INTO members (member_id, name, birth_date, other_names) VALUES "
				+ "('0010001', '木村　誠', DATE '1970-04-01', '佐藤　誠|Kimura'), ('0010002', '林　花', DATE '1980-01-02', '')");
		this.jdbc.update("INSERT INTO certifications (member_id, certification, expires_on, grace, clinical_units) VALUES "
				+ "('0010001', 'BOARD', DATE '2027-08-31', TRUE, 10), ('0010002', 'SOCIETY', DATE '2028-03-31', FALSE, 0)");

		MemberStore earlier = new MemberStore(this.jdbc);
		assertThat(earlier.membersById().get("0010001"))
			.isEqualTo(new Member("0010001", "木村　誠", LocalDate.of(1970, 4, 1), List.of("佐藤　誠", "Kimura")));
		assertThat(earlier.certifiedMemberCount()).isEqualTo(2);
		assertThat(earlier.certifiedMembers()).extracting(MemberStore.CertifiedMember::certifications)
			.containsExactly(List.of(new Certification("0010001", "BOARD", LocalDate.of(2027, 8, 31), true, 10)),
					List.of(new Certification("0010002", "SOCIETY", LocalDate.of(2028, 3, 31), false, 0)));

		step("members", FIRST.plusDays(30));

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM members", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM certifications", Integer.class)).isZero();
		assertThat(members()).hasSize(100);
		assertThat(certifications()).hasSize(300);
		assertTheStoreKeepsWhatTheTablesHold();
	}

	/** The store keeps the rows the members step committed, and they are what the tables hold. */
	private void assertTheStoreKeepsWhatTheTablesHold() {
		assertThat(this.store.keepsRows()).isTrue();
		assertTheStoreAnswersAsTheTables();
	}

	/** What the steps after the members step read from the store is what the tables hold. */
	private void assertTheStoreAnswersAsTheTables() {
		MemberStore reading = new MemberStore(this.jdbc);
		assertThat(this.store.certifiedMembers()).isNotEmpty().isEqualTo(reading.certifiedMembers());
		assertThat(this.store.membersById()).isEqualTo(reading.membersById());
		assertThat(this.store.namesById()).isEqualTo(reading.namesById());
		assertThat(this.store.certifiedMemberCount()).isEqualTo(reading.certifiedMemberCount());
	}

	@Test
	void aNightWithTheFilesOfTheLastLoadReplaysItsCountsAndRejectReports(CapturedOutput log) throws IOException {
		try {
			List<String> memberLines = new ArrayList<>(Files.readAllLines(SHIPPED_MEMBERS, StandardCharsets.UTF_8));
			memberLines.add("0099991,,1990-05-05,");
			write("members/members.csv", memberLines);
			List<String> certificationLines = new ArrayList<>(
					Files.readAllLines(SHIPPED_CERTIFICATIONS, StandardCharsets.UTF_8));
			certificationLines.add("0099992,BOARD,2030-03-31,,5");
			write("members/certifications.csv", certificationLines);

			LocalDate night = FIRST.plusDays(10);
			LoadMembersTasklet.Loaded loaded = LoadMembersTasklet.LOADED.get(step("members", night)).orElseThrow();
			assertThat(loaded.members()).isEqualTo(new LoadMembersTasklet.Counts(101, 100, 1));
			assertThat(loaded.certifications()).isEqualTo(new LoadMembersTasklet.Counts(301, 300, 1));
			byte[] memberRejects = Files.readAllBytes(output(night + "/rejects/members.rejects.csv"));
			byte[] certificationRejects = Files.readAllBytes(output(night + "/rejects/certifications.rejects.csv"));
			assertThat(new String(certificationRejects, StandardCharsets.UTF_8)).contains("0099992");
			assertThat(log.getAll()).doesNotContain(REPLAYED);

			LoadMembersTasklet.Loaded replayed = LoadMembersTasklet.LOADED.get(step("members", night.plusDays(1)))
				.orElseThrow();

			assertThat(log.getAll()).contains(REPLAYED);
			assertThat(replayed).isEqualTo(loaded);
			assertThat(output(night.plusDays(1) + "/rejects/members.rejects.csv")).hasBinaryContent(memberRejects);
			assertThat(output(night.plusDays(1) + "/rejects/certifications.rejects.csv"))
				.hasBinaryContent(certificationRejects);

			// Either file changed, and it is read and checked again.
			certificationLines.set(3, "0010001,BOARD,2032-08-31,,10");
			write("members/certifications.csv", certificationLines);
			int replays = replays(log);
			step("members", night.plusDays(2));
			assertThat(replays(log)).isEqualTo(replays);
			assertThat(certifications()).contains("0010001 BOARD 2032-08-31");
			memberLines.set(1, memberLines.get(1).replace("木村　誠", "木村　誠二"));
			write("members/members.csv", memberLines);
			step("members", night.plusDays(3));
			assertThat(replays(log)).isEqualTo(replays);
			assertThat(members()).contains("0010001 木村　誠二");
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM member_loads", Integer.class)).isOne();
		}
		finally {
			restoreShippedFiles();
		}
	}

	@Test
	void aLoadWithAReportTooLargeToKeepIsNotReplayed(CapturedOutput log) throws IOException {
		try {
			List<String> certificationLines = new ArrayList<>(
					Files.readAllLines(SHIPPED_CERTIFICATIONS, StandardCharsets.UTF_8));
			for (int i = 0; i < 8_000; i++) {
				certificationLines.add("0010001,BOARD,2030/3/31,,5");
			}
			write("members/certifications.csv", certificationLines);
			LocalDate night = FIRST.plusDays(20);
			step("members", night);
			assertThat(Files.size(output(night + "/rejects/certifications.rejects.csv")))
				.isGreaterThan(LoadMembersTasklet.LARGEST_KEPT_REPORT);
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM member_loads", Integer.class)).isZero();

			LoadMembersTasklet.Loaded again = LoadMembersTasklet.LOADED.get(step("members", night.plusDays(1)))
				.orElseThrow();

			assertThat(log.getAll()).doesNotContain(REPLAYED);
			assertThat(again.certifications()).isEqualTo(new LoadMembersTasklet.Counts(8_300, 300, 8_000));
			assertThat(output(night.plusDays(1) + "/rejects/certifications.rejects.csv"))
				.hasSameBinaryContentAs(output(night + "/rejects/certifications.rejects.csv"));
		}
		finally {
			restoreShippedFiles();
		}
	}

	private static int replays(CapturedOutput log) {
		return log.getAll().split(REPLAYED, -1).length - 1;
	}

	private static void restoreShippedFiles() throws IOException {
		Files.copy(SHIPPED_MEMBERS, input("members/members.csv"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(SHIPPED_CERTIFICATIONS, input("members/certifications.csv"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static void write(String file, List<String> lines) throws IOException {
		Path path = input(file);
		Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	/** The members as a store reading the database finds them, "id name", by member id. */
	private List<String> members() {
		return new MemberStore(this.jdbc).membersById()
			.values()
			.stream()
			.map(member -> member.memberId() + " " + member.name())
			.sorted()
			.toList();
	}

	/** The certifications of the members, as the credits step reads them: "id code last-day". */
	private List<String> certifications() {
		return new MemberStore(this.jdbc).certifiedMembers()
			.stream()
			.flatMap(member -> member.certifications().stream())
			.map(c -> c.memberId() + " " + c.certification() + " " + c.expiresOn())
			.toList();
	}

}
