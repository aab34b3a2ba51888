package jp.or.jrs.renewal.support;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a table was last loaded with, as a hash of the rows stored: a night whose input did not change
 * leaves the table alone (the member list is rewritten only when it changes, not every night).
 */
@Repository
public class InputFingerprints {

	private final JdbcTemplate jdbc;

	public InputFingerprints(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A hash of the rows, each as its record's text (records print every field). */
	public static String of(List<?> rows) {
		return Sha256.ofLines(rows);
	}

	/** Whether {@code input} was last loaded with these rows; if not, records that it now is. */
	public boolean unchanged(String input, String fingerprint) {
		List<String> stored = this.jdbc.queryForList("SELECT sha256 FROM input_fingerprints WHERE input = ?",
				String.class, input);
		if (!stored.isEmpty() && stored.get(0).equals(fingerprint)) {
			return true;
		}
		this.jdbc.update("DELETE FROM input_fingerprints WHERE input = ?", input);
		this.jdbc.update("INSERT INTO input_fingerprints (input, sha256) VALUES (?, ?)", input, fingerprint);
		return false;
	}

}
