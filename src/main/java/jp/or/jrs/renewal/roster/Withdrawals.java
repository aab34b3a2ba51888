package jp.or.jrs.renewal.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of roster files the office withdrew: who, when, why, and what it removed. */
@Repository
public class Withdrawals {

	private final JdbcTemplate jdbc;

	public Withdrawals(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record Withdrawal(String fileName, LocalDateTime withdrawnAt, String withdrawnBy, String reason,
			int creditsRemoved) {

		public String describe() {
			return this.fileName + ": withdrawn " + this.withdrawnAt.toString().replace('T', ' ') + " by "
					+ this.withdrawnBy + " (" + this.reason + "); " + this.creditsRemoved + " credits removed";
		}

	}

	public void record(String fileName, String sha256, String by, String reason, int creditsRemoved) {
		this.jdbc.update("DELETE FROM withdrawals WHERE file_name = ? AND sha256 = ?", fileName, sha256);
		this.jdbc.update("""
				INSERT INTO withdrawals (file_name, sha256, withdrawn_at, withdrawn_by, reason, credits_removed)
				VALUES (?, ?, ?, ?, ?, ?)""", fileName, sha256, LocalDateTime.now().withNano(0), by, reason,
				creditsRemoved);
	}

	/** A file's content, as a withdrawal names it. */
	public record Content(String fileName, String sha256) {
	}

	/** Every content withdrawn: it is not taken in again (a new version of the file is). */
	public Set<Content> withdrawnContents() {
		return new HashSet<>(this.jdbc.query("SELECT file_name, sha256 FROM withdrawals",
				(rs, i) -> new Content(rs.getString(1), rs.getString(2))));
	}

	/** Withdrawals no earlier run has reported yet (or this run did), marked as reported by this run. */
	public List<Withdrawal> reportOn(LocalDate runDate) {
		this.jdbc.update("UPDATE withdrawals SET reported_on = ? WHERE reported_on IS NULL", runDate);
		return this.jdbc.query("""
				SELECT file_name, withdrawn_at, withdrawn_by, reason, credits_removed FROM withdrawals
				WHERE reported_on = ? ORDER BY withdrawn_at, file_name""",
				(rs, i) -> new Withdrawal(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
						rs.getString(4), rs.getInt(5)),
				runDate);
	}

}
