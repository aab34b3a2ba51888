package jp.or.jrs.renewal.member;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.Problem;

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
		MemberFiles.Loaded<Member> loaded = MemberFiles.readMembers(file("""
				member_id,name,birth_date,other_names
				0001,山田 花子,1960-04-01,鈴木 花子|佐藤 花子
				0002,,1960-02-30,
				0001,山田 次郎,1970-01-01,
				A03,x,1970-01-01,
				0004,x,1970-01-01
				"""));
		assertThat(loaded.accepted()).containsExactly(
				new Member("0001", "山田 花子", LocalDate.of(1960, 4, 1), java.util.List.of("鈴木 花子", "佐藤 花子")));
		assertThat(loaded.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.code()).containsExactly(
				"3:name:MISSING_FIELD", "3:birth_date:BAD_DATE", "4:member_id:DUPLICATE", "5:member_id:BAD_MEMBER_ID",
				"6::MALFORMED_ROW");
		assertThat(loaded.dataRows()).isEqualTo(5);
		assertThat(loaded.rejected()).isEqualTo(4);
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
				"""), Set.of("0001"), Set.of("BOARD", "SOCIETY_DIAGNOSTIC", "SOCIETY_THERAPEUTIC"),
				c -> c.expiresOn().getYear() < 2012 ? "no rule version judges it" : null);
		assertThat(loaded.accepted()).containsExactly(new Certification("0001", "BOARD", LocalDate.of(2027, 8, 31), true, 7),
				new Certification("0001", "SOCIETY_DIAGNOSTIC", LocalDate.of(2027, 8, 31), false, 0));
		assertThat(loaded.problems()).extracting(Problem::code).containsExactly("UNKNOWN_MEMBER", "DUPLICATE",
				"UNKNOWN_CERTIFICATION", "BAD_DATE", "BAD_BOOLEAN", "BAD_NUMBER", "NO_RULE_VERSION");
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
