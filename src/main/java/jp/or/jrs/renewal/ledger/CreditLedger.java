package jp.or.jrs.renewal.ledger;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

/**
 * The ledger of accepted credits and the problems of every rejected roster row, both kept per roster
 * file (by its id) so that a corrected file replaces exactly what it contributed. Credits are stored packed
 * by chunk ({@link LedgerChunks}); the {@code ledger} command lists them.
 */
@Repository
public class CreditLedger {

	private final JdbcTemplate jdbc;

	public CreditLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the credits of one chunk of a roster file, as one row ({@link LedgerChunks}). */
	public void addCredits(int fileId, List<Credit> credits) {
		if (credits.isEmpty()) {
			return;
		}
		this.jdbc.update("INSERT INTO ledger_chunks (file_id, first_line, credit_count, credits) VALUES (?, ?, ?, ?)",
				fileId, credits.get(0).line(), credits.size(), LedgerChunks.encode(credits));
	}

	/**
	 * The problems of one chunk of a file, in the order found (every problem of every rejected or duplicate
	 * row), packed as one row ({@link ProblemChunks}): a row per problem was a tenth of a first 1M-row night's
	 * ingestion, HSQLDB placing each in its on-disk index while the other roster files waited for the table.
	 */
	public void addProblems(int fileId, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				INSERT INTO roster_problem_chunks (file_id, first_line, problem_count, problems) VALUES (?, ?, ?, ?)""",
				fileId, problems.get(0).line(), problems.size(), ProblemChunks.encode(problems));
	}

	/** The problems of a file, in line order and, on a line, in the order found. */
	public List<Problem> problems(int fileId) {
		List<Problem> problems = new ArrayList<>();
		this.jdbc.query("SELECT problems FROM roster_problem_chunks WHERE file_id = ? ORDER BY first_line",
				(ResultSet rs) -> ProblemChunks.decode(rs.getBytes(1), problems), fileId);
		// A file ingested before the problems were packed keeps its rows in roster_problems (they go with
		// the file); a file whose night was resumed across the upgrade has some of each.
		List<Problem> unpacked = this.jdbc.query("""
				SELECT line_no, column_name, code, message_ja, message, cell_value FROM roster_problems
				WHERE file_id = ? ORDER BY line_no, seq""",
				(rs, i) -> new Problem(rs.getInt(1), rs.getString(2), rs.getString(3),
						new Message(rs.getString(4), rs.getString(5)), rs.getString(6)),
				fileId);
		if (!unpacked.isEmpty()) {
			problems.addAll(unpacked);
			problems.sort(Comparator.comparingInt(Problem::line));
		}
		return problems;
	}

	/** Removes everything some roster files contributed, before their corrected versions go in. */
	public void removeFiles(Collection<Integer> fileIds) {
		for (int fileId : fileIds) {
			this.jdbc.update("DELETE FROM ledger_chunks WHERE file_id = ?", fileId);
			this.jdbc.update("DELETE FROM roster_problem_chunks WHERE file_id = ?", fileId);
			this.jdbc.update("DELETE FROM roster_problems WHERE file_id = ?", fileId);
		}
	}

	/** The keys a file has contributed so far, with their lines: for duplicates after a restart. */
	public Map<Credit.Key, Integer> acceptedKeys(int fileId) {
		Map<Credit.Key, Integer> keys = new HashMap<>();
		this.jdbc.query("SELECT credits FROM ledger_chunks WHERE file_id = ?",
				(ResultSet rs) -> LedgerChunks.decode(fileId, rs.getBytes(1), credit -> keys.put(credit.key(), credit.line())),
				fileId);
		return keys;
	}

	/** How many credits the ledger holds. */
	public long size() {
		return this.jdbc.queryForObject("SELECT COALESCE(SUM(credit_count), 0) FROM ledger_chunks", Long.class);
	}

	/**
	 * The credits of the members whose ids lie between two ids (as strings, both included), by member: one
	 * pass over the ledger.
	 */
	public CreditsByMember creditsOfMembers(String firstMemberId, String lastMemberId) {
		return creditsOfMembers(firstMemberId, lastMemberId, memberId -> true);
	}

	/** As above, of the members in that range that are wanted. */
	public CreditsByMember creditsOfMembers(String firstMemberId, String lastMemberId, Predicate<String> wanted) {
		LedgerChunks.SharedStrings strings = new LedgerChunks.SharedStrings();
		CreditsByMember credits = new CreditsByMember(strings);
		forEachChunk((fileId, chunk) -> LedgerChunks.keep(fileId, chunk, strings, firstMemberId, lastMemberId, wanted,
				credits::keptFor));
		return credits;
	}

	/** Every credit of one roster file, in line order. */
	public void forEachCredit(int fileId, Consumer<Credit> consumer) {
		this.jdbc.query("SELECT credits FROM ledger_chunks WHERE file_id = ? ORDER BY first_line",
				(ResultSet rs) -> LedgerChunks.decode(fileId, rs.getBytes(1), consumer), fileId);
	}

	/**
	 * Every chunk, file by file: one file's chunks in memory at a time, so a pass over the ledger needs
	 * no more heap than its largest file.
	 */
	private void forEachChunk(BiConsumer<Integer, byte[]> consumer) {
		for (int fileId : this.jdbc.queryForList("SELECT DISTINCT file_id FROM ledger_chunks", Integer.class)) {
			this.jdbc.query("SELECT credits FROM ledger_chunks WHERE file_id = ?",
					(ResultSet rs) -> consumer.accept(fileId, rs.getBytes(1)), fileId);
		}
	}

}
