package jp.or.jrs.renewal.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.roster.RosterFileStatus;

/**
 * Each run's figures, kept for the history of runs on the dashboards (the verdicts themselves are kept
 * only for the last two runs): the roster files the run took in and their rows, and its verdicts per
 * certification.
 */
@Repository
public class RunFigures {

	private final JdbcTemplate jdbc;

	public RunFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One run, as the history shows it. */
	public record Figure(LocalDate runDate, int rosterFiles, int dataRows, int accepted, int rejected, int duplicate,
			int rejectedFiles, LocalDate carriedFrom, int eligible, int shortCount) {

		public int judged() {
			return this.eligible + this.shortCount;
		}

	}

	/** Records (or records again, on a rerun) the figures of a run. */
	public void record(RunReport report) {
		Date day = Date.valueOf(report.runDate());
		this.jdbc.update("DELETE FROM run_certification_figures WHERE run_date = ?", day);
		this.jdbc.update("DELETE FROM run_figures WHERE run_date = ?", day);
		this.jdbc.update("""
				INSERT INTO run_figures (run_date, roster_files, data_rows, accepted, rejected, duplicate, rejected_files,
				 carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", day, report.filesTakenIn().size(),
				report.rowsRead(), report.rowsAccepted(), report.rowsRejected(), report.rowsDuplicate(),
				(int) report.files().stream().filter(f -> f.status() == RosterFileStatus.FILE_REJECTED).count(),
				(report.carriedFrom() != null) ? Date.valueOf(report.carriedFrom()) : null);
		for (RunReport.CertificationCount count : report.certifications()) {
			this.jdbc.update("""
					INSERT INTO run_certification_figures (run_date, certification, eligible_count, short_count)
					VALUES (?, ?, ?, ?)""", day, count.certification(), count.eligible(), count.shortCount());
		}
	}

	/**
	 * The verdicts of a recorded run per certification, in the order of their codes; empty when the run's
	 * figures were not recorded.
	 */
	public Optional<List<RunReport.CertificationCount>> certifications(LocalDate runDate) {
		Date day = Date.valueOf(runDate);
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM run_figures WHERE run_date = ?", Integer.class, day) == 0) {
			return Optional.empty();
		}
		List<RunReport.CertificationCount> counts = new ArrayList<>(this.jdbc.query("""
				SELECT certification, eligible_count, short_count FROM run_certification_figures WHERE run_date = ?""",
				(rs, row) -> new RunReport.CertificationCount(rs.getString(1), rs.getInt(2), rs.getInt(3)), day));
		counts.sort(Comparator.comparing(RunReport.CertificationCount::certification));
		return Optional.of(counts);
	}

	/** Every run recorded, oldest first. */
	public List<Figure> all() {
		return upTo(LocalDate.of(9999, 12, 31), Integer.MAX_VALUE);
	}

	/** The runs up to and including this one, oldest first, at most {@code limit} of the latest. */
	public List<Figure> upTo(LocalDate runDate, int limit) {
		List<Figure> latest = this.jdbc.query("""
				SELECT f.run_date, f.roster_files, f.data_rows, f.accepted, f.rejected, f.duplicate, f.rejected_files,
				       f.carried_from,
				       (SELECT COALESCE(SUM(c.eligible_count), 0) FROM run_certification_figures c WHERE c.run_date = f.run_date),
				       (SELECT COALESCE(SUM(c.short_count), 0) FROM run_certification_figures c WHERE c.run_date = f.run_date)
				FROM run_figures f WHERE f.run_date <= ? ORDER BY f.run_date DESC LIMIT ?""",
				(rs, i) -> new Figure(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), (rs.getDate(8) != null) ? rs.getDate(8).toLocalDate() : null,
						rs.getInt(9), rs.getInt(10)),
				Date.valueOf(runDate), limit);
		List<Figure> oldestFirst = new ArrayList<>(latest);
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

}
