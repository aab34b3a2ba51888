package jp.or.jrs.renewal.credits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Build;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.Sha256;

/**
 * What each night's verdicts were computed from. A certification's verdict depends on the ledger (the
 * roster files it holds), the member list and certifications, the catalog, the rules and the program,
 * and on nothing else (not on the run date). So a night whose fingerprint of all of these equals the
 * last judging night's gets exactly that night's verdicts, and may carry them over, once the files it
 * wrote are found unchanged.
 */
@Repository
public class Verdicts {

	private final JdbcTemplate jdbc;

	private final RuleBook ruleBook;

	private final String build;

	private final RenewalProperties properties;

	public Verdicts(JdbcTemplate jdbc, RuleBook ruleBook, RenewalProperties properties, Build build) {
		this.jdbc = jdbc;
		this.ruleBook = ruleBook;
		this.properties = properties;
		this.build = build.id();
	}

	/**
	 * A night that judged (or carried over) every certification, and the files it wrote.
	 *
	 * @param carriedFrom the judging night whose verdicts a carrying night took; null for a judging night
	 * @param verdictsOf the night whose rows in the verdict history ({@link EligibilityHistory}) are this night's
	 * verdicts: its own
	 * for a judging night, the judging night's for one that carried them over (kept once, not copied)
	 */
	public record Judged(LocalDate runDate, String fingerprint, String eligibilitySha256, String requirementsSha256,
			String shortfallSha256, LocalDate carriedFrom, LocalDate verdictsOf) {

		/** The checksum each judged file had when it was written, by file name; null if none was recorded. */
		String sha256Of(String file) {
			return switch (file) {
				case EligibilityFiles.ELIGIBILITY -> this.eligibilitySha256;
				case EligibilityFiles.REQUIREMENTS -> this.requirementsSha256;
				case EligibilityFiles.SHORTFALL -> this.shortfallSha256;
				default -> throw new IllegalArgumentException(file);
			};
		}

	}

	/** The fingerprint of everything the verdicts depend on, as the database holds it now. */
	public String fingerprint() {
		List<String> parts = new ArrayList<>();
		parts.add("build " + this.build);
		parts.add("rules " + this.ruleBook.digest());
		parts.addAll(this.jdbc.queryForList("SELECT input || ' ' || sha256 FROM input_fingerprints ORDER BY input",
				String.class));
		parts.addAll(this.jdbc.queryForList("""
				SELECT file_name || ' ' || sha256 || ' ' || CAST(accepted AS VARCHAR(12)) FROM roster_files ORDER BY file_name""",
				String.class));
		return Sha256.ofLines(parts);
	}

	/**
	 * Puts the judged files of a night in place under their names and records what they were judged from
	 * (for carrying them over): done once and for sure, or again on restart.
	 */
	public void publish(LocalDate runDate) {
		Path runFolder = this.properties.runFolder(runDate);
		Path eligibility = AtomicFiles.publish(runFolder.resolve(EligibilityFiles.ELIGIBILITY));
		Path requirements = AtomicFiles.publish(runFolder.resolve(EligibilityFiles.REQUIREMENTS));
		// A night whose credits step ran under a build that did not write shortfall.csv yet, resumed after the
		// upgrade at this step, has none: it records no checksum, so the next night judges again.
		Path shortfall = runFolder.resolve(EligibilityFiles.SHORTFALL);
		String shortfallSha256 = (Files.exists(AtomicFiles.partial(shortfall)) || Files.exists(shortfall))
				? Sha256.of(AtomicFiles.publish(shortfall)) : null;
		record(new Judged(runDate, fingerprint(), Sha256.of(eligibility), Sha256.of(requirements), shortfallSha256,
				null, runDate));
	}

	/** The latest night before this one that judged. */
	public Optional<Judged> lastBefore(LocalDate runDate) {
		return this.jdbc.query("""
				SELECT run_date, fingerprint, eligibility_sha256, requirements_sha256, shortfall_sha256, carried_from,
				 verdicts_of
				FROM verdict_runs WHERE run_date < ? ORDER BY run_date DESC LIMIT 1""",
				(rs, i) -> new Judged(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), (rs.getDate(6) != null) ? rs.getDate(6).toLocalDate() : null,
						rs.getDate(7).toLocalDate()),
				Date.valueOf(runDate)).stream().findFirst();
	}

	public void record(Judged judged) {
		this.jdbc.update("DELETE FROM verdict_runs WHERE run_date = ?", Date.valueOf(judged.runDate()));
		this.jdbc.update("""
				INSERT INTO verdict_runs (run_date, fingerprint, eligibility_sha256, requirements_sha256, shortfall_sha256,
				 carried_from, verdicts_of) VALUES (?, ?, ?, ?, ?, ?, ?)""", Date.valueOf(judged.runDate()),
				judged.fingerprint(), judged.eligibilitySha256(), judged.requirementsSha256(), judged.shortfallSha256(),
				(judged.carriedFrom() != null) ? Date.valueOf(judged.carriedFrom()) : null,
				Date.valueOf(judged.verdictsOf()));
	}

	/** Keeps the record of this night and the one before. */
	public void forgetBefore(LocalDate runDate) {
		this.jdbc.update("DELETE FROM verdict_runs WHERE run_date < ?", Date.valueOf(runDate));
	}

}
