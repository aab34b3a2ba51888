package jp.or.jrs.renewal.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

/**
 * Which roster files the ledger holds (by name, with the hash of the content it took in), and what each
 * run did with each file it saw.
 */
@Repository
public class RosterFileStore {

	private final JdbcTemplate jdbc;

	public RosterFileStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A roster file as the ledger holds it, known in the ledger by its id; {@code ingestedOn} is null until
	 * its ingestion completed.
	 */
	public record StoredFile(int fileId, String fileName, String sha256, String encoding, LocalDate ingestedOn,
			int accepted, int rejected, int duplicate) {
	}

	/** One row of summary.csv; {@code fileId} is 0 for a file the ledger does not hold. */
	public record RunFile(int fileId, String fileName, RosterFileStatus status, int dataRows, int accepted,
			int rejected, int duplicate, Integer previousAccepted) {
	}

	private static final String STORED_FILE = """
			SELECT f.file_id, f.file_name, f.sha256, f.encoding, f.ingested_on, f.accepted, f.rejected, f.duplicate
			FROM roster_files f""";

	private static StoredFile storedFile(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getInt(8));
	}

	/** What this run did with one file it saw, as {@link #recordRunFiles} records it. */
	public record RunFileEntry(String fileName, RosterFileStatus status, int dataRows, int rejected,
			Integer previousAccepted) {
	}

	/** Every roster file the ledger holds, by name. */
	public Map<String, StoredFile> storedByName() {
		Map<String, StoredFile> files = new HashMap<>();
		this.jdbc.query(STORED_FILE, (ResultSet rs) -> {
			StoredFile file = storedFile(rs, 0);
			files.put(file.fileName(), file);
		});
		return files;
	}

	public Optional<StoredFile> find(String fileName) {
		return this.jdbc.query(STORED_FILE + " WHERE f.file_name = ?", RosterFileStore::storedFile, fileName)
			.stream()
			.findFirst();
	}

	/**
	 * Registers the content of a file about to be ingested, with no rows counted yet; a file keeps its id
	 * across versions ({@code stored}: the version the ledger holds, as the caller read it).
	 */
	public int startIngestion(String fileName, Optional<StoredFile> stored, String sha256, String encoding,
			LocalDate runDate) {
		int fileId = stored.map(StoredFile::fileId).orElseGet(this::nextFileId);
		forget(fileName);
		this.jdbc.update("""
				INSERT INTO roster_files (file_id, file_name, sha256, encoding, run_date, ingested_on, accepted, rejected,
				 duplicate) VALUES (?, ?, ?, ?, ?, NULL, 0, 0, 0)""", fileId, fileName, sha256, encoding, runDate);
		return fileId;
	}

	private int nextFileId() {
		this.jdbc.update("UPDATE counters SET last_value = last_value + 1 WHERE name = 'roster_file'");
		return this.jdbc.queryForObject("SELECT last_value FROM counters WHERE name = 'roster_file'", Integer.class);
	}

	/**
	 * Whether this run is still the one taking this content of the file in: a later night may have taken
	 * the file over (and cleared what this run had written) while this one waited to be restarted.
	 */
	public boolean isIngesting(int fileId, String sha256, LocalDate runDate) {
		return this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM roster_files
				WHERE file_id = ? AND sha256 = ? AND run_date = ? AND ingested_on IS NULL""", Integer.class, fileId,
				sha256, runDate) > 0;
	}

	/** Files another run began to take in and never finished: what they wrote is to be cleared. */
	public List<StoredFile> unfinishedOfOtherRuns(LocalDate runDate) {
		return this.jdbc.query(STORED_FILE + " WHERE f.ingested_on IS NULL AND f.run_date <> ?",
				RosterFileStore::storedFile, runDate);
	}

	/** Marks the files this run took in as complete: from now on they are UNCHANGED when sent again. */
	public int markIngested(LocalDate runDate) {
		return this.jdbc.update("UPDATE roster_files SET ingested_on = ? WHERE run_date = ? AND ingested_on IS NULL",
				runDate, runDate);
	}

	public void addCounts(int fileId, int accepted, int rejected, int duplicate) {
		this.jdbc.update("""
				UPDATE roster_files SET accepted = accepted + ?, rejected = rejected + ?, duplicate = duplicate + ?
				WHERE file_id = ?""", accepted, rejected, duplicate, fileId);
	}

	public void forget(String fileName) {
		this.jdbc.update("DELETE FROM roster_files WHERE file_name = ?", fileName);
	}

	public void recordRunFiles(LocalDate runDate, List<RunFileEntry> entries) {
		this.jdbc.batchUpdate("""
				INSERT INTO run_files (run_date, file_name, status, data_rows, rejected, previous_accepted)
				VALUES (?, ?, ?, ?, ?, ?)""", entries.stream()
			.map(e -> new Object[] { runDate, e.fileName(), e.status().name(), e.dataRows(), e.rejected(),
					e.previousAccepted() })
			.toList());
	}

	public void recordRunFileProblems(LocalDate runDate, String fileName, List<Problem> problems) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			Problem p = problems.get(i);
			rows.add(new Object[] { runDate, fileName, i, p.column(), p.code(), p.message().en(), p.value(),
					p.message().ja() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO run_file_problems (run_date, file_name, seq, column_name, code, message, cell_value, message_ja)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	public List<Problem> runFileProblems(LocalDate runDate, String fileName) {
		return this.jdbc.query("""
				SELECT column_name, code, message_ja, message, cell_value FROM run_file_problems
				WHERE run_date = ? AND file_name = ? ORDER BY seq""",
				(rs, i) -> new Problem(0, rs.getString(1), rs.getString(2), new Message(rs.getString(3), rs.getString(4)),
						rs.getString(5)), runDate,
				fileName);
	}

	/** About how many rows this run ingests: the files' lines, counted at intake. */
	public long rowsToIngest(LocalDate runDate) {
		return this.jdbc.queryForObject("""
				SELECT COALESCE(SUM(data_rows), 0) FROM run_files
				WHERE run_date = ? AND status IN (?, ?)""", Long.class, runDate, RosterFileStatus.INGESTED.name(),
				RosterFileStatus.REPLACED.name());
	}

	/** Every roster file the ledger holds, name by id. */
	public Map<Integer, String> namesById() {
		Map<Integer, String> names = new TreeMap<>();
		this.jdbc.query("SELECT file_id, file_name FROM roster_files", (ResultSet rs) -> {
			names.put(rs.getInt(1), rs.getString(2));
		});
		return names;
	}

	/** The files this run ingests (new or replaced), by name. */
	public List<StoredFile> filesToIngest(LocalDate runDate) {
		return this.jdbc.query(STORED_FILE + """
				 JOIN run_files r ON f.file_name = r.file_name
				WHERE r.run_date = ? AND r.status IN (?, ?) ORDER BY r.file_name""", RosterFileStore::storedFile,
				runDate, RosterFileStatus.INGESTED.name(), RosterFileStatus.REPLACED.name());
	}

	/**
	 * What this run did with each roster file it saw, sorted by name. A file taken into the ledger shows
	 * the counts of the run that ingested it; a file rejected as a whole, its own; a withdrawn file whose
	 * content is still in the inbox, none.
	 */
	public List<RunFile> runFiles(LocalDate runDate) {
		return this.jdbc.query("""
				SELECT r.file_name, r.status, r.data_rows, r.rejected, r.previous_accepted,
				       f.accepted, f.rejected, f.duplicate, f.file_id
				FROM run_files r LEFT JOIN roster_files f ON f.file_name = r.file_name
				WHERE r.run_date = ? ORDER BY r.file_name""", (rs, i) -> {
			RosterFileStatus status = RosterFileStatus.valueOf(rs.getString(2));
			Integer previous = (Integer) rs.getObject(5);
			if (!status.isIngested() && status != RosterFileStatus.UNCHANGED) {
				return new RunFile(0, rs.getString(1), status, rs.getInt(3), 0, rs.getInt(4), 0, previous);
			}
			int accepted = rs.getInt(6);
			int rejected = rs.getInt(7);
			int duplicate = rs.getInt(8);
			return new RunFile(rs.getInt(9), rs.getString(1), status, accepted + rejected + duplicate, accepted,
					rejected, duplicate, previous);
		}, runDate);
	}

}
