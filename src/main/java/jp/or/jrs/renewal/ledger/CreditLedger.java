package jp.or.jrs.renewal.ledger;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.catalog.MeetingIds;
import jp.or.jrs.renewal.support.Problem;

/**
 * The ledger of accepted credits and the problems of every rejected roster row, both kept per roster
 * file (by its id) so that a corrected file replaces exactly what it contributed. Rows are stored with
 * {@link LedgerCodes}; the {@code ledger} view shows them with names.
 */
@Repository
public class CreditLedger {

	private final JdbcTemplate jdbc;

	public CreditLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void addCredits(int fileId, List<CreditEntry> credits) {
		if (credits.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(credits.size());
		for (CreditEntry c : credits) {
			rows.add(new Object[] { fileId, c.line(), c.memberId(), MeetingIds.number(c.meetingId()), c.heldOn(),
					LedgerCodes.creditType(c.creditType()), c.lectureId(), LedgerCodes.topic(c.topic()), c.units() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO credits (file_id, line_no, member_id, meeting_no, held_on, credit_type, lecture_id, topic, units)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** Problems of one file, in the order found: every problem of every rejected or duplicate row. */
	public void addProblems(int fileId, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(problems.size());
		int seq = 0;
		int previousLine = -1;
		for (Problem p : problems) {
			seq = (p.line() == previousLine) ? seq + 1 : 0;
			previousLine = p.line();
			rows.add(new Object[] { fileId, p.line(), seq, p.column(), p.code(), p.message(), p.value() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO roster_problems (file_id, line_no, seq, column_name, code, message, cell_value)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	public List<Problem> problems(int fileId) {
		return this.jdbc.query("""
				SELECT line_no, column_name, code, message, cell_value FROM roster_problems
				WHERE file_id = ? ORDER BY line_no, seq""",
				(rs, i) -> new Problem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
				fileId);
	}

	/**
	 * Removes everything some roster files contributed, before their corrected versions go in. The ledger
	 * has no file index (it would slow every insert), so all files go in one pass over it.
	 */
	public void removeFiles(Collection<Integer> fileIds) {
		if (fileIds.isEmpty()) {
			return;
		}
		String ids = String.join(",", fileIds.stream().map(String::valueOf).toList());
		this.jdbc.update("DELETE FROM credits WHERE file_id IN (" + ids + ")");
		this.jdbc.update("DELETE FROM roster_problems WHERE file_id IN (" + ids + ")");
	}

	/** The keys a file has contributed so far, with their lines: for duplicates after a restart. */
	public Map<CreditEntry.Key, Integer> acceptedKeys(int fileId) {
		Map<CreditEntry.Key, Integer> keys = new HashMap<>();
		this.jdbc.query("""
				SELECT member_id, meeting_no, held_on, credit_type, lecture_id, line_no FROM credits
				WHERE file_id = ?""", (ResultSet rs) -> {
			keys.put(new CreditEntry.Key(rs.getString(1), MeetingIds.id(rs.getInt(2)), rs.getDate(3).toLocalDate(),
					LedgerCodes.CREDIT_TYPES.get(rs.getInt(4)), rs.getString(5)), rs.getInt(6));
		}, fileId);
		return keys;
	}

	public long size() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM credits", Long.class);
	}

	/**
	 * The credits of the members whose ids lie between two ids (as strings, both included), by member: one
	 * pass over the ledger.
	 */
	public Map<String, List<LedgerCredit>> creditsOfMembers(String firstMemberId, String lastMemberId) {
		Map<String, List<LedgerCredit>> credits = new HashMap<>();
		this.jdbc.query("""
				SELECT member_id, meeting_no, held_on, credit_type, lecture_id, topic, units FROM credits
				WHERE member_id >= ? AND member_id <= ?""", (ResultSet rs) -> {
			LedgerCredit credit = new LedgerCredit(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(),
					LedgerCodes.CREDIT_TYPES.get(rs.getInt(4)), rs.getString(5), LedgerCodes.TOPICS.get(rs.getInt(6)),
					rs.getBigDecimal(7));
			credits.computeIfAbsent(credit.memberId(), id -> new ArrayList<>()).add(credit);
		}, firstMemberId, lastMemberId);
		return credits;
	}

}
