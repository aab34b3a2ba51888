package jp.or.jrs.renewal.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.or.jrs.renewal.StepTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog tables on a real database: a meeting keeps its id across editions of the table, by its
 * current name or a former one; a meeting that leaves the table stays, inactive.
 */
class CatalogStoreTests extends StepTests {

	@Autowired
	CatalogStore store;

	@Test
	void aMeetingKeepsItsIdAcrossRenamesAndReturns() {
		List<Meeting> first = this.store.replaceWith(List.of(meeting("総会", "旧総会"), meeting("秋季大会"),
				meeting("技術学会")));
		assertThat(first).extracting(m -> m.id().number() + " " + m.name())
			.containsExactly("1 総会", "2 秋季大会", "3 技術学会");

		// The congress renamed (its old name now a former one), the autumn meeting gone, a new one.
		List<Meeting> second = this.store.replaceWith(List.of(meeting("新技術学会", "技術学会"), meeting("春季大会"),
				meeting("総会 2026", "総会")));
		assertThat(second).extracting(m -> m.id().number() + " " + m.name())
			.containsExactly("3 新技術学会", "4 春季大会", "1 総会 2026");
		assertThat(this.store.activeMeetings()).extracting(m -> m.id().number() + " " + m.formerNames())
			.containsExactly("3 [技術学会]", "4 []", "1 [総会]");
		assertThat(this.store.allMeetingsById()).containsKey(MeetingId.of(2));

		// The autumn meeting back under its old name; a first edition's former name still finds the congress.
		List<Meeting> third = this.store.replaceWith(List.of(meeting("秋季大会"), meeting("第二総会", "旧総会")));
		assertThat(third).extracting(m -> m.id().number() + " " + m.name()).containsExactly("2 秋季大会", "1 第二総会");
		assertThat(this.jdbc.queryForList("SELECT name_key FROM meeting_names WHERE meeting_no = 1", String.class))
			.hasSize(4);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM meetings WHERE active", Integer.class)).isEqualTo(2);
	}

	private static Meeting meeting(String name, String... formerNames) {
		return new Meeting(null, 1, "学会", name, List.of(formerNames), false, BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.TEN, 0);
	}

}
