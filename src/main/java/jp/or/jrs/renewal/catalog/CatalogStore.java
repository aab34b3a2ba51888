package jp.or.jrs.renewal.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.support.NameKey;

/**
 * The catalog tables. A meeting keeps its id from run to run, and across renames: every name it was
 * ever published under maps to its id, and a meeting of a new table takes the id of its current name,
 * or else of one of its former names, or else the next free one.
 */
@Repository
public class CatalogStore {

	private final JdbcClient jdbc;

	public CatalogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the published meetings, in published order, and returns them with their ids. */
	public List<Meeting> replaceWith(List<Meeting> published) {
		Map<String, MeetingId> known = new HashMap<>();
		this.jdbc.sql("SELECT name_key, meeting_no FROM meeting_names")
			.query((ResultSet rs) -> {
				known.put(rs.getString(1), MeetingId.of(rs.getInt(2)));
			});
		Set<MeetingId> taken = new HashSet<>();
		MeetingId[] ids = new MeetingId[published.size()];
		for (int i = 0; i < published.size(); i++) {
			MeetingId id = known.get(NameKey.of(published.get(i).name()));
			if (id != null && taken.add(id)) {
				ids[i] = id;
			}
		}
		for (int i = 0; i < published.size(); i++) {
			for (String former : published.get(i).formerNames()) {
				MeetingId id = known.get(NameKey.of(former));
				if (ids[i] == null && id != null && taken.add(id)) {
					ids[i] = id;
				}
			}
		}
		int next = this.jdbc.sql("SELECT COALESCE(MAX(meeting_no), 0) FROM meetings").query(Integer.class).single();
		List<Meeting> stored = new ArrayList<>(published.size());
		this.jdbc.sql("UPDATE meetings SET active = FALSE").update();
		for (int i = 0; i < published.size(); i++) {
			MeetingId id = (ids[i] != null) ? ids[i] : MeetingId.of(++next);
			Meeting meeting = published.get(i).withId(id);
			save(meeting, i + 1);
			stored.add(meeting);
		}
		for (Meeting meeting : stored) {
			mapName(NameKey.of(meeting.name()), meeting.id(), true);
		}
		for (Meeting meeting : stored) {
			meeting.formerNames().forEach(former -> mapName(NameKey.of(former), meeting.id(), false));
		}
		return stored;
	}

	/** Meetings of the current table, in published order. */
	public List<Meeting> activeMeetings() {
		return this.jdbc.sql("SELECT * FROM meetings WHERE active ORDER BY published_order")
			.query(CatalogStore::meeting)
			.list();
	}

	/** Every meeting ever published, by id: credits keep counting at meetings that left the table. */
	public Map<MeetingId, Meeting> allMeetingsById() {
		Map<MeetingId, Meeting> meetings = new HashMap<>();
		this.jdbc.sql("SELECT * FROM meetings").query(CatalogStore::meeting).list()
			.forEach(meeting -> meetings.put(meeting.id(), meeting));
		return meetings;
	}

	private void save(Meeting meeting, int order) {
		Object[] values = { meeting.category(), meeting.group(), meeting.name(),
				String.join("|", meeting.formerNames()), meeting.societyRequired(), meeting.societyUnits(),
				meeting.boardUnits(), meeting.lectureCap(), order, meeting.id().number() };
		int updated = this.jdbc.sql("""
				UPDATE meetings SET category = ?, group_name = ?, name = ?, former_names = ?, society_required = ?,
				 society_units = ?, board_units = ?, lecture_cap = ?, published_order = ?, active = TRUE
				 WHERE meeting_no = ?""").params(values).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO meetings (category, group_name, name, former_names, society_required, society_units,
					 board_units, lecture_cap, published_order, active, meeting_no)
					 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""").params(values).update();
		}
	}

	private void mapName(String key, MeetingId id, boolean current) {
		int updated = current
				? this.jdbc.sql("UPDATE meeting_names SET meeting_no = ? WHERE name_key = ?")
					.params(id.number(), key)
					.update()
				: this.jdbc.sql("SELECT COUNT(*) FROM meeting_names WHERE name_key = ?").param(key).query(Integer.class)
					.single();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO meeting_names (name_key, meeting_no) VALUES (?, ?)")
				.params(key, id.number())
				.update();
		}
	}

	private static Meeting meeting(ResultSet rs, int row) throws SQLException {
		String formers = rs.getString("former_names");
		BigDecimal societyUnits = rs.getBigDecimal("society_units");
		return new Meeting(MeetingId.of(rs.getInt("meeting_no")), rs.getInt("category"), rs.getString("group_name"),
				rs.getString("name"), formers.isEmpty() ? List.of() : List.of(formers.split("\\|")),
				rs.getBoolean("society_required"), societyUnits, rs.getBigDecimal("board_units"),
				rs.getBigDecimal("lecture_cap"), 0);
	}

}
