package jp.or.jrs.renewal.ledger;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.support.Problem;

/**
 * The ledger of accepted credits and the problems of every rejected roster row, both kept per roster
 * file so that a corrected file replaces exactly what it contributed.
 */
@Repository
public class CreditLedger {

	private final JdbcTemplate jdbc;

	public CreditLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void addCredits(List<CreditEntry> credits) {
		if (credits.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(credits.size());
		for (CreditEntry c : credits) {
			rows.add(new Object[] { c.fileName(), c.line(), c.memberId(), c.meetingId(), c.heldOn(), c.creditType(),
					c.lectureId(), c.topic(), c.units() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO credits (file_name, line_no, member_id, meeting_id, held_on, credit_type, lecture_id, topic, units)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** Problems of one file, in the order found: every problem of every rejected or duplicate row. */
	public void addProblems(String fileName, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(problems.size());
		int seq = 0;
		int previousLine = -1;
		for (Problem p : problems) {
			seq = (p.line() == previousLine) ? seq + 1 : 0;
			previousLine = p.line();
			rows.add(new Object[] { fileName, p.line(), seq, p.column(), p.code(), p.message(), p.value() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO roster_problems (file_name, line_no, seq, column_name, code, message, cell_value)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	public List<Problem> problems(String fileName) {
		return this.jdbc.query("""
				SELECT line_no, column_name, code, message, cell_value FROM roster_problems
				WHERE file_name = ? ORDER BY line_no, seq""",
				(rs, i) -> new Problem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
				fileName);
	}

	/** Removes everything a roster file contributed, before its corrected version goes in. */
	public void removeFile(String fileName) {
		this.jdbc.update("DELETE FROM credits WHERE file_name = ?", fileName);
		this.jdbc.update("DELETE FROM roster_problems WHERE file_name = ?", fileName);
	}

	/** The keys a file has contributed so far, with their lines: for duplicates after a restart. */
	public Map<CreditEntry.Key, Integer> acceptedKeys(String fileName) {
		Map<CreditEntry.Key, Integer> keys = new HashMap<>();
		this.jdbc.query("""
				SELECT member_id, meeting_id, held_on, credit_type, lecture_id, line_no FROM credits
				WHERE file_name = ?""", (ResultSet rs) -> {
			keys.put(new CreditEntry.Key(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getString(4), rs.getString(5)), rs.getInt(6));
		}, fileName);
		return keys;
	}

	/** The credits of the members whose ids lie between two ids (as strings, both included). */
	public Map<String, List<LedgerCredit>> creditsOfMembers(String firstMemberId, String lastMemberId) {
		Map<String, List<LedgerCredit>> credits = new HashMap<>();
		this.jdbc.query("""
				SELECT member_id, meeting_id, held_on, credit_type, lecture_id, topic, units FROM credits
				WHERE member_id >= ? AND member_id <= ?""", (ResultSet rs) -> {
			LedgerCredit credit = new LedgerCredit(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7));
			credits.computeIfAbsent(credit.memberId(), id -> new ArrayList<>()).add(credit);
		}, firstMemberId, lastMemberId);
		return credits;
	}

}
