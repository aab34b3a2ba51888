package jp.or.jrs.renewal.member;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.InputFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberFilesTests {

	@TempDir
	Path dir;

	Path file(String text) throws IOException {
		Path file = this.dir.resolve("f.csv");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void readsMembersAndReportsEveryBadRow() throws IOException {
		MemberFiles.MemberList loaded = MemberFiles.readMembers(file("""
				member_id,name,birth_date,other_names
				0001,山田 花子,1960-04-01,鈴木 花子|佐藤 花子
				0002,,1960-02-30,
				A03,x,1970-01-01,
				0004,x,1970-01-01
				0000000000000000000000000000000005,x,1970-01-01,
				"""));
		assertThat(loaded.members()).containsExactly(
				new Member("0001", "山田 花子", LocalDate.of(1960, 4, 1), List.of("鈴木 花子", "佐藤 花子")));
		assertThat(loaded.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.code()).containsExactly(
				"3:name:MISSING_FIELD", "3:birth_date:BAD_DATE", "4:member_id:BAD_MEMBER_ID", "5::MALFORMED_ROW",
				"6:member_id:BAD_MEMBER_ID");
		assertThat(loaded.dataRows()).isEqualTo(5);
		assertThat(loaded.rejected()).isEqualTo(4);
	}

	@Test
	void aMemberListedTwiceIsJudgedOnNeitherRowButStaysKnownByAllNames() throws IOException {
		MemberFiles.MemberList loaded = MemberFiles.readMembers(file("""
				member_id,name,birth_date
				0001,山田 花子,1960-04-01
				0002,佐藤 一郎,1970-01-01
				0001,鈴木 花子,1961-04-01
				"""));
		assertThat(loaded.repeated()).containsExactly("0001");
		assertThat(loaded.problems()).extracting(p -> p.line() + ":" + p.code()).containsExactly("2:DUPLICATE",
				"4:DUPLICATE");
		assertThat(loaded.problems().get(0).message().en()).contains("lines 2, 4");
		assertThat(loaded.members()).extracting(Member::memberId).containsExactly("0001", "0002");
		assertThat(loaded.members().get(0).otherNames()).containsExactly("鈴木 花子");
		assertThat(loaded.accepted()).isEqualTo(1);
		assertThat(loaded.rejected()).isEqualTo(2);
		MemberFiles.Loaded<Certification> certifications = MemberFiles.readCertifications(file("""
				member_id,certification,expires_on,grace,clinical_units
				0001,BOARD,2027-08-31,,
				0002,BOARD,2027-08-31,,
				"""), Set.of("0001", "0002"), loaded.repeated(), Set.of("BOARD"), c -> null);
		assertThat(certifications.accepted()).extracting(Certification::memberId).containsExactly("0002");
		assertThat(certifications.problems()).extracting(p -> p.line() + ":" + p.code()).containsExactly("2:DUPLICATE");
	}

	@Test
	void refusesValuesLongerThanTheLedgerKeeps() throws IOException {
		MemberFiles.MemberList loaded = MemberFiles.readMembers(file("member_id,name,birth_date\n0001,"
				+ "x".repeat(1001) + ",1960-04-01\n"));
		assertThat(loaded.members()).isEmpty();
		assertThat(loaded.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("TOO_LONG");
			assertThat(p.value()).hasSize(1000).endsWith("…");
		});
	}

	@Test
	void readsCertificationsOfKnownMembersOnly() throws IOException {
		MemberFiles.Loaded<Certification> loaded = MemberFiles.readCertifications(file("""
				member_id,certification,expires_on,grace,clinical_units
				0001,BOARD,2027-08-31,true,7
				0001,SOCIETY_DIAGNOSTIC,2027-08-31,,
				0009,BOARD,2027-08-31,,
				0001,BOARD,2028-08-31,,
				0001,FOO,2027/08/31,maybe,11
				0001,SOCIETY_THERAPEUTIC,2011-08-31,,
				"""), Set.of("0001"), Set.of(), Set.of("BOARD", "SOCIETY_DIAGNOSTIC", "SOCIETY_THERAPEUTIC"),
				c -> c.expiresOn().getYear() < 2012 ? new Message("判定できません", "no rule version judges it") : null);
		assertThat(loaded.accepted()).containsExactly(
				new Certification("0001", "SOCIETY_DIAGNOSTIC", LocalDate.of(2027, 8, 31), false, 0));
		assertThat(loaded.problems()).extracting(p -> p.line() + ":" + p.code()).containsExactly("2:DUPLICATE",
				"4:UNKNOWN_MEMBER", "5:DUPLICATE", "6:UNKNOWN_CERTIFICATION", "6:BAD_DATE", "6:BAD_BOOLEAN",
				"6:BAD_NUMBER", "7:NO_RULE_VERSION");
	}

	@Test
	void stopsOnAFileWithoutItsRequiredColumns() throws IOException {
		Path members = file("id,name\n1,x\n");
		assertThatThrownBy(() -> MemberFiles.readMembers(members)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("member_id is missing");
		assertThatThrownBy(() -> MemberFiles.readMembers(this.dir.resolve("none.csv")))
			.isInstanceOf(InputFileException.class).hasMessageContaining("is missing");
	}

}
