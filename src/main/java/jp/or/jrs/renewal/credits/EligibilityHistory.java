package jp.or.jrs.renewal.credits;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public EligibilityHistory(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** A verdict: status and unmet requirement codes, by member and certification. */
	public record Verdict(String status, String unmet) {
	}

	/** The writer the credits step uses, in its chunk transaction. */
	public ItemWriter<MemberAssessments> writer(LocalDate runDate) {
		Date day = Date.valueOf(runDate);
		return (Chunk<? extends MemberAssessments> chunk) -> {
			List<Assessment> rows = new ArrayList<>();
			chunk.forEach(member -> rows.addAll(member.assessments()));
			this.jdbc.batchUpdate("""
					INSERT INTO eligibility_results (run_date, member_id, certification, status, unmet)
					VALUES (?, ?, ?, ?, ?)""", rows, rows.size(), (ps, a) -> {
				ps.setDate(1, day);
				ps.setString(2, a.certification().memberId());
				ps.setString(3, a.certification().certification());
				ps.setString(4, a.status());
				ps.setString(5, String.join(";", a.unmet()));
			});
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
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT member_id, certification, status, unmet FROM eligibility_results WHERE run_date = ?
				ORDER BY member_id, certification""",
				rs -> {
					verdicts.put(rs.getString(1) + " " + rs.getString(2), new Verdict(rs.getString(3), rs.getString(4)));
				}, verdictsOf);
		return verdicts;
	}

	/** Keeps the verdicts of this run and of the one before it (rows another night's point to included). */
	public void forgetRunsBefore(LocalDate runDate) {
		// A night's rows are one per member and certification, the nights with rows a handful: step from night
		// to night along the primary key (run_date first) and delete the nights no later night points to. One
		// DELETE with NOT IN read every kept row to find none to delete (50 ms of a nothing-changed 1M night).
		Date before = Date.valueOf(runDate);
		Date night = this.jdbc.queryForObject("SELECT MIN(run_date) FROM eligibility_results WHERE run_date < ?",
				Date.class, before);
		while (night != null) {
			Integer pointing = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM verdict_runs WHERE run_date >= ? AND verdicts_of = ?", Integer.class, before,
					night);
			if (pointing == 0) {
				this.jdbc.update("DELETE FROM eligibility_results WHERE run_date = ?", night);
			}
			night = this.jdbc.queryForObject(
					"SELECT MIN(run_date) FROM eligibility_results WHERE run_date > ? AND run_date < ?", Date.class,
					night, before);
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
			if (heir != null) {
				this.jdbc.update("DELETE FROM eligibility_results WHERE run_date = ?", heir);
				this.jdbc.update("UPDATE eligibility_results SET run_date = ? WHERE run_date = ?", heir, night);
				this.jdbc.update("UPDATE verdict_runs SET verdicts_of = ? WHERE verdicts_of = ? AND run_date <> ?", heir,
						night, night);
			}
			else {
				this.jdbc.update("DELETE FROM eligibility_results WHERE run_date = ?", night);
			}
		});
	}

}
