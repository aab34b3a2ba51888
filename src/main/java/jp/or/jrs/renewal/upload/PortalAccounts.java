package jp.or.jrs.renewal.upload;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * Who may sign in to the portal: the office, and organizers, each limited to the meetings they report
 * for. Passwords are kept only as hashes by Spring Security's delegating encoder (bcrypt today; a hash
 * names its algorithm, so a stronger one can come later without breaking the old).
 */
// Lazy: only the commands that use it build it, not every command's start.
@Lazy
@Repository
public class PortalAccounts {

	/** What an account may do. */
	public enum Role {

		/** The society office: every upload, the runs, statements, accounts. */
		OFFICE,

		/** A meeting organizer: their own uploads, for their own meetings. */
		ORGANIZER

	}

	/** An account as the portal shows it (never its password). */
	public record Account(String username, String displayName, Role role, boolean enabled, Set<MeetingId> meetings) {
	}

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

	/** At least this long: a password people choose for a web page must not be guessable. */
	public static final int MIN_PASSWORD = 12;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final TransactionTemplate transaction;

	public PortalAccounts(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	public PasswordEncoder encoder() {
		return this.encoder;
	}

	/** Creates an account, or refuses with what would be right. */
	public Account create(String username, String displayName, Role role, String password, Set<MeetingId> meetings) {
		if (!USERNAME.matcher(username).matches()) {
			throw new RefusedException("a user name is 2 to 63 lowercase letters, digits, '.', '_' or '-', e.g. "
					+ "tokyo-congress");
		}
		return this.transaction.execute(status -> {
			if (find(username).isPresent()) {
				throw new RefusedException("the account " + username + " exists already");
			}
			checkPassword(password);
			this.jdbc.update("""
					INSERT INTO portal_users (username, display_name, password_hash, role, enabled, created_at)
					VALUES (?, ?, ?, ?, TRUE, ?)""", username, displayName, this.encoder.encode(password), role.name(),
					Timestamp.valueOf(LocalDateTime.now().withNano(0)));
			setMeetings(username, meetings);
			return find(username).orElseThrow();
		});
	}

	public void setMeetings(String username, Set<MeetingId> meetings) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.update("DELETE FROM organizer_meetings WHERE username = ?", username);
			for (MeetingId meeting : meetings) {
				this.jdbc.update("INSERT INTO organizer_meetings (username, meeting_no) VALUES (?, ?)", username,
						meeting.number());
			}
		});
	}

	public void setPassword(String username, String password) {
		checkPassword(password);
		if (this.jdbc.update("UPDATE portal_users SET password_hash = ? WHERE username = ?",
				this.encoder.encode(password), username) == 0) {
			throw new RefusedException("there is no account " + username);
		}
	}

	public void setEnabled(String username, boolean enabled) {
		this.jdbc.update("UPDATE portal_users SET enabled = ? WHERE username = ?", enabled, username);
	}

	public Optional<Account> find(String username) {
		return this.jdbc.query("SELECT username, display_name, role, enabled FROM portal_users WHERE username = ?",
				(rs, i) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
						meetingsOf(rs.getString(1))),
				username).stream().findFirst();
	}

	/** The password hash of an enabled account, for signing in. */
	public Optional<String> passwordHash(String username) {
		return this.jdbc.queryForList("SELECT password_hash FROM portal_users WHERE username = ? AND enabled",
				String.class, username).stream().findFirst();
	}

	public List<Account> all() {
		return this.jdbc.query("SELECT username, display_name, role, enabled FROM portal_users ORDER BY username",
				(rs, i) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
						meetingsOf(rs.getString(1))));
	}

	public Set<MeetingId> meetingsOf(String username) {
		Set<MeetingId> meetings = new TreeSet<>();
		this.jdbc.queryForList("SELECT meeting_no FROM organizer_meetings WHERE username = ?", Integer.class, username)
			.forEach(number -> meetings.add(MeetingId.of(number)));
		return meetings;
	}

	/** Meeting ids as the office types them: {@code M0001, M0004}. */
	public static Set<MeetingId> parseMeetings(String text) {
		Set<MeetingId> ids = new TreeSet<>();
		for (String id : text.split("[,\\s]+")) {
			if (!id.isBlank()) {
				try {
					ids.add(MeetingId.parse(id.strip().toUpperCase(java.util.Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new RefusedException("'" + id + "' is not a meeting id such as M0001 (see catalog.csv)");
				}
			}
		}
		return ids;
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new RefusedException("a password has at least " + MIN_PASSWORD + " characters");
		}
	}

}
