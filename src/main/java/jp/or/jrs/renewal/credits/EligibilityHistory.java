package jp.or.jrs.renewal.credits;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Each run's verdicts, kept for the next run to say what changed. Only the latest two runs are kept. A
 * night that carried the verdicts over reads those of the night it took them from
 * ({@link Verdicts.Judged#verdictsOf()}): the rows are kept once.
 */
@Repository
public class EligibilityHistory {

	/**
	 * Where verdicts are kept: packed a chunk to a row ({@link VerdictChunks}); and, for the nights judged by
	 * a build before that, a row per verdict.
	 */
	private static final List<String> TABLES = List.of("verdict_chunks", "eligibility_results");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public EligibilityHistory(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** A verdict: status and unmet requirement codes, by member and certification. */
	public record Verdict(String status, String unmet) {
	}

	/**
	 * The writer the credits step uses, in its chunk transaction: the chunk's verdicts as one row
	 * ({@link VerdictChunks}). A row per verdict was 0.2 s of a 1M-row judging night to insert, and as much
	 * again to read back for the run summary.
	 */
	public ItemWriter<MemberAssessments> writer(LocalDate runDate) {
		Date day = Date.valueOf(runDate);
		return (Chunk<? extends MemberAssessments> chunk) -> {
			List<VerdictChunks.Row> rows = new ArrayList<>();
			for (MemberAssessments member : chunk) {
				for (Assessment a : member.assessments()) {
					rows.add(new VerdictChunks.Row(a.certification().memberId(), a.certification().certification(),
							new Verdict(a.status(), String.join(";", a.unmet()))));
				}
			}
			if (rows.isEmpty()) {
				return;
			}
			this.jdbc.update("INSERT INTO verdict_chunks (run_date, first_member_id, verdict_count, verdicts) VALUES (?, ?, ?, ?)",
					day, rows.get(0).memberId(), rows.size(), VerdictChunks.encode(rows));
		};
	}

	/** The last night before this one that has verdicts (judged or carried over). */
	public Optional<LocalDate> previousRun(LocalDate runDate) {
		Date previous = this.jdbc.queryForObject("SELECT MAX(run_date) FROM verdict_runs WHERE run_date < ?",
				Date.class, runDate);
		return Optional.ofNullable(previous).map(Date::toLocalDate);
	}

	/** The night whose rows hold a night's verdicts: the judging night it carried them from, or itself. */
	public LocalDate verdictsOf(LocalDate runDate) {
		List<Date> of = this.jdbc.queryForList("SELECT verdicts_of FROM verdict_runs WHERE run_date = ?", Date.class,
				runDate);
		return of.isEmpty() ? runDate : of.get(0).toLocalDate();
	}

	/**
	 * The verdicts held under a night ({@link #verdictsOf}: whose rows a night's verdicts are), keyed
	 * "member_id certification", in that order.
	 */
	public Map<String, Verdict> verdicts(LocalDate verdictsOf) {
		List<VerdictChunks.Row> rows = new ArrayList<>();
		this.jdbc.query("SELECT first_member_id, verdict_count, verdicts FROM verdict_chunks WHERE run_date = ?",
				(ResultSet rs) -> {
					int before = rows.size();
					VerdictChunks.decode(rs.getBytes(3), rows);
					// The count is written beside the packed verdicts: a chunk that does not hold as many is damaged.
					if (rows.size() - before != rs.getInt(2)) {
						throw new IllegalStateException("the verdict history of " + verdictsOf + " holds a chunk from member "
								+ rs.getString(1) + " of " + (rows.size() - before) + " verdicts, recorded as "
								+ rs.getInt(2));
					}
				}, verdictsOf);
		// A night judged by a build before verdict_chunks kept a row per verdict.
		this.jdbc.query("SELECT member_id, certification, status, unmet FROM eligibility_results WHERE run_date = ?",
				(ResultSet rs) -> {
					rows.add(new VerdictChunks.Row(rs.getString(1), rs.getString(2),
							new Verdict(rs.getString(3), rs.getString(4))));
				}, verdictsOf);
		rows.sort(Comparator.comparing(VerdictChunks.Row::memberId).thenComparing(VerdictChunks.Row::certification));
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (VerdictChunks.Row row : rows) {
			// A chunk's key is its first member only: a verdict kept twice must not pass unseen.
			if (verdicts.put(row.memberId() + " " + row.certification(), row.verdict()) != null) {
				throw new IllegalStateException("the verdict history of " + verdictsOf + " holds " + row.memberId() + " "
						+ row.certification() + " twice");
			}
		}
		return verdicts;
	}

	/** Keeps the verdicts of this run and of the one before it (rows another night's point to included). */
	public void forgetRunsBefore(LocalDate runDate) {
		for (String table : TABLES) {
			forgetRunsBefore(runDate, table);
		}
	}

	private void forgetRunsBefore(LocalDate runDate, String table) {
		// A table's nights are a handful: step from night to night along the primary key (run_date first) and
		// delete the nights no later night points to. One DELETE with NOT IN read every kept row to find none
		// to delete (50 ms of a nothing-changed 1M night, when a night was a row per verdict).
		Date before = Date.valueOf(runDate);
		Date night = this.jdbc.queryForObject("SELECT MIN(run_date) FROM " + table + " WHERE run_date < ?", Date.class,
				before);
		while (night != null) {
			Integer pointing = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM verdict_runs WHERE run_date >= ? AND verdicts_of = ?", Integer.class, before,
					night);
			if (pointing == 0) {
				this.jdbc.update("DELETE FROM " + table + " WHERE run_date = ?", night);
			}
			night = this.jdbc.queryForObject(
					"SELECT MIN(run_date) FROM " + table + " WHERE run_date > ? AND run_date < ?", Date.class, night,
					before);
		}
	}

	/**
	 * Drops a night's verdict rows before it judges (again). Nights that carried them over keep them: the
	 * rows move to the earliest of those nights and the others point there, so rerunning the credits step of
	 * a judging night never changes what the nights after it carried over.
	 */
	public void forget(LocalDate runDate) {
		this.transaction.executeWithoutResult(status -> {
			Date night = Date.valueOf(runDate);
			Date heir = this.jdbc.queryForObject(
					"SELECT MIN(run_date) FROM verdict_runs WHERE verdicts_of = ? AND run_date <> ?", Date.class, night,
					night);
			for (String table : TABLES) {
				if (heir != null) {
					this.jdbc.update("DELETE FROM " + table + " WHERE run_date = ?", heir);
					this.jdbc.update("UPDATE " + table + " SET run_date = ? WHERE run_date = ?", heir, night);
				}
				else {
					this.jdbc.update("DELETE FROM " + table + " WHERE run_date = ?", night);
				}
			}
			if (heir != null) {
				this.jdbc.update("UPDATE verdict_runs SET verdicts_of = ? WHERE verdicts_of = ? AND run_date <> ?", heir,
						night, night);
			}
		});
	}

}
