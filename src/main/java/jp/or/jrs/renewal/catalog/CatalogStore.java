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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.support.NameKey;

/**
 * The catalog tables. A meeting keeps its id from run to run, and across renames: every name it was
 * ever published under maps to its id, and a meeting of a new table takes the id of its current name,
 * or else of one of its former names, or else the next free one.
 */
@Repository
public class CatalogStore {

	private final JdbcTemplate jdbc;

	public CatalogStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the published meetings, in published order, and returns them with their ids. The rows are
	 * written in batches, one statement each, not a statement a meeting and a name (a first night compiled
	 * some 1,200 statements for the published table).
	 */
	public List<Meeting> replaceWith(List<Meeting> published) {
		Map<String, Integer> names = new HashMap<>();
		this.jdbc.query("SELECT name_key, meeting_no FROM meeting_names",
				(ResultSet rs) -> {
					names.put(rs.getString(1), rs.getInt(2));
				});
		Set<MeetingId> taken = new HashSet<>();
		MeetingId[] ids = new MeetingId[published.size()];
		for (int i = 0; i < published.size(); i++) {
			Integer id = names.get(NameKey.of(published.get(i).name()));
			if (id != null && taken.add(MeetingId.of(id))) {
				ids[i] = MeetingId.of(id);
			}
		}
		for (int i = 0; i < published.size(); i++) {
			for (String former : published.get(i).formerNames()) {
				Integer id = names.get(NameKey.of(former));
				if (ids[i] == null && id != null && taken.add(MeetingId.of(id))) {
					ids[i] = MeetingId.of(id);
				}
			}
		}
		Set<Integer> existing = new HashSet<>(this.jdbc.queryForList("SELECT meeting_no FROM meetings", Integer.class));
		int next = existing.stream().mapToInt(Integer::intValue).max().orElse(0);
		List<Meeting> stored = new ArrayList<>(published.size());
		List<Object[]> updated = new ArrayList<>();
		List<Object[]> inserted = new ArrayList<>();
		for (int i = 0; i < published.size(); i++) {
			MeetingId id = (ids[i] != null) ? ids[i] : MeetingId.of(++next);
			Meeting meeting = published.get(i).withId(id);
			(existing.contains(id.number()) ? updated : inserted).add(values(meeting, i + 1));
			stored.add(meeting);
		}
		this.jdbc.update("UPDATE meetings SET active = FALSE");
		this.jdbc.batchUpdate("""
				UPDATE meetings SET category = ?, group_name = ?, name = ?, former_names = ?, society_required = ?,
				 society_units = ?, board_units = ?, lecture_cap = ?, published_order = ?, active = TRUE
				 WHERE meeting_no = ?""", updated);
		this.jdbc.batchUpdate("""
				INSERT INTO meetings (category, group_name, name, former_names, society_required, society_units,
				 board_units, lecture_cap, published_order, active, meeting_no)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""", inserted);
		// Every current name maps to its meeting now; a former name keeps the meeting it maps to, if any.
		List<Object[]> remapped = new ArrayList<>();
		List<Object[]> added = new ArrayList<>();
		for (Meeting meeting : stored) {
			String key = NameKey.of(meeting.name());
			(names.containsKey(key) ? remapped : added).add(new Object[] { meeting.id().number(), key });
			names.put(key, meeting.id().number());
		}
		for (Meeting meeting : stored) {
			for (String former : meeting.formerNames()) {
				String key = NameKey.of(former);
				if (names.putIfAbsent(key, meeting.id().number()) == null) {
					added.add(new Object[] { meeting.id().number(), key });
				}
			}
		}
		// Added first: a name added for one meeting and then published for another is remapped after it.
		this.jdbc.batchUpdate("INSERT INTO meeting_names (meeting_no, name_key) VALUES (?, ?)", added);
		this.jdbc.batchUpdate("UPDATE meeting_names SET meeting_no = ? WHERE name_key = ?", remapped);
		return stored;
	}

	/** Meetings of the current table, in published order. */
	public List<Meeting> activeMeetings() {
		return this.jdbc.query("SELECT * FROM meetings WHERE active ORDER BY published_order", CatalogStore::meeting);
	}

	/** Every meeting ever published, by id: credits keep counting at meetings that left the table. */
	public Map<MeetingId, Meeting> allMeetingsById() {
		Map<MeetingId, Meeting> meetings = new HashMap<>();
		this.jdbc.query("SELECT * FROM meetings", CatalogStore::meeting)
			.forEach(meeting -> meetings.put(meeting.id(), meeting));
		return meetings;
	}

	private static Object[] values(Meeting meeting, int order) {
		return new Object[] { meeting.category(), meeting.group(), meeting.name(), String.join("|", meeting.formerNames()),
				meeting.societyRequired(), meeting.societyUnits(), meeting.boardUnits(), meeting.lectureCap(), order,
				meeting.id().number() };
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
