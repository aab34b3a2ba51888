package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.or.jrs.renewal.support.TextEncoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two members whose records were worked out by hand from spec §4: what the night must make of them, on
 * any database.
 */
final class HandWrittenRecords {

	private HandWrittenRecords() {
	}

	static Night input(Path root) throws IOException {
		Night night = Night.withCatalog(root);
		night.write("members/members.csv", """
				member_id,name,birth_date,other_names
				0000001,山田 太郎,1960-04-01,
				0000002,佐藤 花子,1980-01-15,鈴木 花子
				""");
		night.write("members/certifications.csv", """
				member_id,certification,expires_on,grace,clinical_units
				0000001,SOCIETY_DIAGNOSTIC,2027-08-31,,
				0000001,BOARD,2027-08-31,,10
				0000002,SOCIETY_THERAPEUTIC,2026-08-31,true,
				""");
		night.write("rosters/a.csv", """
				member_id,meeting,held_on,credit_type,topic,lecture_id,units
				0000001,日本医学放射線学会 総会,2023-04-13,,,,
				0000001,日本医学放射線学会 総会,2024-04-11,,,,
				0000001,日本医学放射線学会 秋季臨床大会,2024-10-01,,,,
				0000001,日本核医学会,2023-05-01,,,,
				0000001,日本画像医学会,2023-06-01,,,,
				0000001,日本神経放射線学会,2023-07-01,,,,
				0000001,日本IVR学会,2023-08-01,,,,
				0000001,日本医学放射線学会 総会,2024-04-11,SOCIETY_LECTURE,医療安全・放射線防護,S1,
				0000001,日本医学放射線学会 総会,2024-04-11,SOCIETY_LECTURE,医療倫理,S2,
				0000001,日本医学放射線学会 総会,2024-04-11,SOCIETY_LECTURE,医療の質:診断,S3,
				0000001,日本医学放射線学会 総会,2024-04-11,COMMON_LECTURE,医療安全,C1,2
				0000001,日本医学放射線学会 総会,2024-04-11,DOMAIN_LECTURE,診断,D1,12
				0000001,日本医学放射線学会 総会,2024-04-11,DOMAIN_LECTURE,診断,D2,3
				0000001,日本医学放射線学会 秋季臨床大会,2024-10-01,DOMAIN_LECTURE,治療,D1,10
				""");
		Files.write(night.input.resolve("rosters/b.csv"), ("""
				会員番号,氏名,学術集会名,開催日,区分,テーマ,講習ID,単位数\r
				0000002,鈴木 花子,日本放射線腫瘍学会,2022/11/20,参加,,,\r
				0000002,鈴木 花子,日本医学放射線学会 総会,2023/4/13,参加,,,\r
				0000002,鈴木 花子,JCRウィンターセミナー,2021/6/1,参加,,,\r
				0000002,鈴木 花子,JCRミッドサマーセミナー,2021/5/31,参加,,,\r
				0000002,鈴木 花子,日本医学放射線学会 総会,2023/4/13,必須講習,医療の質：治療,T1,\r
				""").getBytes(TextEncoding.CP932));

		return night;
	}

	static void assertJudgedExactly(Night night, String runDate) throws IOException {

		assertThat(night.text(runDate, "eligibility.csv")).isEqualTo("""
				member_id,certification,expires_on,window_start,window_end,rules_version,status,counted_units,needed_units,unmet,notes
				0000001,BOARD,2027-08-31,2022-06-01,2027-05-31,board-2026,SHORT,46,50,COMMON_LECTURE_UNITS;COMMON_LECTURE:感染対策;COMMON_LECTURE:医療法制;COMMON_LECTURE:地域医療;COMMON_LECTURE:医療福祉制度;COMMON_LECTURE:医療経済;COMMON_LECTURE:両立支援;TOTAL_UNITS,MAY_REQUEST_HONORARY
				0000001,SOCIETY_DIAGNOSTIC,2027-08-31,2022-06-01,2027-05-31,society-2012,ELIGIBLE,65,60,,
				0000002,SOCIETY_THERAPEUTIC,2026-08-31,2021-06-01,2027-05-31,society-2012,SHORT,30,60,REQUIRED_MEETING_UNITS;TOTAL_UNITS;SOCIETY_LECTURE:医療安全・放射線防護;SOCIETY_LECTURE:医療倫理,
				""");
		assertThat(night.text(runDate, "requirements.csv")).contains("""
				0000001,BOARD,CLINICAL_UNITS,5,10,10,true
				0000001,BOARD,COMMON_LECTURE_UNITS,8,4,4,false
				0000001,BOARD,COMMON_LECTURE:医療安全,1,3,3,true
				0000001,BOARD,COMMON_LECTURE:感染対策,1,0,0,false
				0000001,BOARD,COMMON_LECTURE:医療倫理,1,1,1,true
				""", """
				0000001,BOARD,DOMAIN_LECTURE_UNITS,20,25,22,true
				0000001,BOARD,PARTICIPATION_UNITS,,17,10,true
				0000001,BOARD,TOTAL_UNITS,50,56,46,false
				0000001,SOCIETY_DIAGNOSTIC,REQUIRED_MEETING_UNITS,40,45,45,true
				0000001,SOCIETY_DIAGNOSTIC,OTHER_MEETING_UNITS,,20,20,true
				0000001,SOCIETY_DIAGNOSTIC,TOTAL_UNITS,60,65,65,true
				0000001,SOCIETY_DIAGNOSTIC,ANNUAL_MEETING_ATTENDANCE,2,3,3,true
				""", """
				0000002,SOCIETY_THERAPEUTIC,JASTRO_MEETING_ATTENDANCE,1,1,1,true
				""");
		assertThat(night.csv(runDate, "summary.csv")).extracting(r -> String.join(",", r.values()))
			.containsExactly("a.csv,INGESTED,14,14,0,0", "b.csv,INGESTED,5,5,0,0");
		assertThat(night.report(runDate, "rejects")).doesNotExist();
	}

}
