package jp.or.jrs.renewal.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogIndexTests {

	static Meeting meeting(String id, String name, String... formerNames) {
		return new Meeting(MeetingId.parse(id), 9, "関西地区", name, List.of(formerNames), false, BigDecimal.valueOf(2), BigDecimal.ZERO,
				BigDecimal.ONE, 0);
	}

	final CatalogIndex index = new CatalogIndex(List.of(meeting("M0001", "北大阪Radiologyカンファレンス", "大阪放射線医学研究会"),
			meeting("M0002", "大阪放射線医学研究会"), meeting("M0003", "甲研究会", "旧研究会"), meeting("M0004", "乙研究会", "旧研究会"),
			meeting("M0005", "日本医学放射線学会関東地方会"), meeting("M0006", "Tokyo Heart Imaging Club")));

	String found(String name) {
		return (this.index.match(name) instanceof MeetingMatch.Found found) ? found.meeting().id().toString() : null;
	}

	@Test
	void matchesCurrentNamesNormalized() {
		assertThat(found("Tokyo Heart Imaging Club")).isEqualTo("M0006");
		assertThat(found("ｔｏｋｙｏ　ＨＥＡＲＴ imaging\u200Bclub")).isEqualTo("M0006");
		assertThat(found(" 日本医学放射線学会 関東地方会 ")).isEqualTo("M0005");
	}

	@Test
	void matchesFormerNames() {
		assertThat(found("北大阪Radiologyカンファレンス")).isEqualTo("M0001");
	}

	@Test
	void prefersTheCurrentMeetingOverAFormerName() {
		assertThat(found("大阪放射線医学研究会")).isEqualTo("M0002");
	}

	@Test
	void reportsAFormerNameOfSeveralMeetingsAsAmbiguous() {
		assertThat(this.index.match("旧研究会")).isInstanceOfSatisfying(MeetingMatch.Ambiguous.class,
				ambiguous -> assertThat(ambiguous.candidates()).extracting(m -> m.id().toString()).containsExactly("M0003", "M0004"));
	}

	@Test
	void suggestsTheClosestNamesForAnUnknownMeeting() {
		assertThat(this.index.match("関東放射線地方会")).isInstanceOfSatisfying(MeetingMatch.Unknown.class,
				unknown -> assertThat(unknown.closestNames()).hasSize(3).first().isEqualTo("日本医学放射線学会関東地方会"));
	}

}
