package jp.or.jrs.renewal.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.roster.RosterChecks;
import jp.or.jrs.renewal.roster.RosterDryRun;
import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.RosterPermissions;
import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.Sha256;

/**
 * Rosters uploaded through the portal. An upload is checked at once as the night will check it (against
 * the catalog and member list the last night loaded, and the meetings of the organizer's account) and kept
 * immutably: its content under {@code <output>/uploads/<sha256>.csv}, and who sent it, when, under which
 * name. Once the organizer confirms it, it goes into the roster inbox for the next night, under a name of
 * the account's own ({@code <user>--<file name>.csv}): sending the same file name again is a correction,
 * as the night treats it. An upload confirmed while a night runs waits for that night to end.
 */
@Service
public class RosterUploads implements RosterPermissions {

	/** The largest roster accepted: the national congress sends about 13,000 rows, 1–2 MB. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final PortalAccounts accounts;

	private final CatalogStore catalog;

	private final MemberStore members;

	private final RenewalProperties properties;

	private final RosterFileStore files;

	private final CreditLedger ledger;

	public RosterUploads(JdbcTemplate jdbc, PortalAccounts accounts, CatalogStore catalog, MemberStore members,
			RenewalProperties properties, RosterFileStore files, CreditLedger ledger) {
		this.files = files;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.catalog = catalog;
		this.members = members;
		this.properties = properties;
	}

	/** An upload as its organizer and the office see it. */
	public record Upload(long id, String username, String originalName, String rosterName, MeetingId meeting,
			String sha256, long sizeBytes, int dataRows, int accepted, int rejected, int duplicate,
			LocalDateTime uploadedAt, LocalDateTime confirmedAt, LocalDateTime placedAt) {

		public boolean confirmed() {
			return this.confirmedAt != null;
		}

	}

	/** What became of a confirmed upload. */
	public enum FateKind {

		/** Not confirmed: the organizer only checked it. */
		NOT_SENT,

		/** Confirmed while a night ran: it goes into the inbox when that night ends. */
		WAITING_FOR_THE_NIGHT,

		/** In the inbox: the next night takes it in. */
		IN_THE_INBOX,

		/** Taken into the ledger by a night. */
		INGESTED,

		/** Taken in, replacing the version sent before. */
		REPLACED,

		/** A night could not read it at all. */
		FILE_REJECTED,

		/** A later upload of the same file name took its place before it was taken in, or after. */
		SUPERSEDED

	}

	/** What became of an upload, and the run that decided it. */
	public record Fate(FateKind kind, LocalDate runDate, int accepted, int rejected, int duplicate) {
	}

	/**
	 * Checks an upload for one of the organizer's meetings and keeps it (not yet sent), with the counts of
	 * its check. Its page checks it again as of then: {@link #recheck}.
	 */
	public Upload check(String username, MeetingId meeting, String fileName, byte[] bytes) {
		Set<MeetingId> permitted = this.accounts.meetingsOf(username);
		if (!permitted.contains(meeting)) {
			throw new RefusedException("your account may not report for meeting " + meeting);
		}
		if (bytes.length > MAX_BYTES) {
			throw new RefusedException("the file is larger than " + (MAX_BYTES >> 20) + " MB");
		}
		String originalName = displayName(fileName);
		RosterChecks checks = RosterChecks.of(this.catalog, this.members, LocalDate.now());
		RosterDryRun.Outcome outcome;
		try {
			outcome = RosterDryRun.check(originalName, bytes, checks, Optional.of(permitted));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String sha256 = Sha256.of(bytes);
		store(sha256, bytes);
		KeyHolder key = new GeneratedKeyHolder();
		Object[] values = { username, originalName, rosterName(username, originalName), meeting.number(), sha256,
				(long) bytes.length, outcome.dataRows(), outcome.accepted(), outcome.rejected(), outcome.duplicate(), now() };
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO uploads (username, original_name, roster_name, meeting_no, sha256, size_bytes, data_rows,
					 accepted, rejected, duplicate, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					new String[] { "upload_id" });
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i]);
			}
			return insert;
		}, key);
		return find(key.getKey().longValue()).orElseThrow();
	}

	/** The check of a kept upload, as of now (the catalog and member list may have changed since). */
	public RosterDryRun.Outcome recheck(Upload upload) {
		RosterChecks checks = RosterChecks.of(this.catalog, this.members, LocalDate.now());
		try {
			return RosterDryRun.check(upload.originalName(), content(upload), checks,
					Optional.of(this.accounts.meetingsOf(upload.username())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends a checked upload to the next night. Sending it twice (a double submit) changes nothing; a file
	 * that cannot be read at all is refused.
	 * @param nightRunning a night runs now: the upload waits for it to end ({@link #placePending})
	 */
	public synchronized Upload confirm(String username, long id, boolean nightRunning) {
		Upload upload = find(id).filter(u -> u.username().equals(username))
			.orElseThrow(() -> new RefusedException("there is no upload " + id + " of yours"));
		if (upload.confirmed()) {
			return upload;
		}
		if (upload.accepted() == 0 && recheck(upload).fileRejected()) {
			throw new RefusedException("the file cannot be read at all: correct it and upload it again");
		}
		this.jdbc.update("UPDATE uploads SET confirmed_at = ? WHERE upload_id = ? AND confirmed_at IS NULL", now(), id);
		if (!nightRunning) {
			placePending();
		}
		return find(id).orElseThrow();
	}

	/** Puts every confirmed upload not yet in the inbox there, oldest first (the last of one name wins). */
	public synchronized int placePending() {
		List<Upload> pending = this.jdbc.query(SELECT + " WHERE confirmed_at IS NOT NULL AND placed_at IS NULL"
				+ " ORDER BY confirmed_at, upload_id", RosterUploads::upload);
		for (Upload upload : pending) {
			AtomicFiles.writeBytes(this.properties.rosterInbox().resolve(upload.rosterName()), content(upload));
			this.jdbc.update("UPDATE uploads SET placed_at = ? WHERE upload_id = ?", now(), upload.id());
		}
		return pending.size();
	}

	public Optional<Upload> find(long id) {
		return this.jdbc.query(SELECT + " WHERE upload_id = ?", RosterUploads::upload, id).stream().findFirst();
	}

	/** An organizer's uploads, newest first. */
	public List<Upload> of(String username) {
		return this.jdbc.query(SELECT + " WHERE username = ? ORDER BY upload_id DESC", RosterUploads::upload, username);
	}

	/** Every upload, newest first, for the office. */
	public List<Upload> all() {
		return this.jdbc.query(SELECT + " ORDER BY upload_id DESC", RosterUploads::upload);
	}

	public byte[] content(Upload upload) {
		try {
			return Files.readAllBytes(stored(upload.sha256()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload " + upload.id() + " is missing from " + stored(upload.sha256()), ex);
		}
	}

	/** What the nights made of an upload. */
	public Fate fate(Upload upload) {
		if (!upload.confirmed()) {
			return new Fate(FateKind.NOT_SENT, null, 0, 0, 0);
		}
		if (upload.placedAt() == null) {
			return new Fate(FateKind.WAITING_FOR_THE_NIGHT, null, 0, 0, 0);
		}
		List<Fate> inLedger = this.jdbc.query("""
				SELECT f.run_date, COALESCE(r.status, 'INGESTED'), f.accepted, f.rejected, f.duplicate
				FROM roster_files f LEFT JOIN run_files r ON r.file_name = f.file_name AND r.run_date = f.run_date
				WHERE f.file_name = ? AND f.sha256 = ? AND f.ingested_on IS NOT NULL""",
				(rs, i) -> new Fate(FateKind.valueOf(rs.getString(2)), rs.getDate(1).toLocalDate(), rs.getInt(3),
						rs.getInt(4), rs.getInt(5)),
				upload.rosterName(), upload.sha256());
		if (!inLedger.isEmpty()) {
			return inLedger.get(0);
		}
		boolean superseded = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM uploads WHERE roster_name = ? AND placed_at IS NOT NULL AND upload_id > ?
				 AND sha256 <> ?""", Integer.class, upload.rosterName(), upload.id(), upload.sha256()) > 0;
		if (superseded) {
			return new Fate(FateKind.SUPERSEDED, null, 0, 0, 0);
		}
		List<Fate> rejected = this.jdbc.query("""
				SELECT run_date, data_rows FROM run_files WHERE file_name = ? AND status = ? AND run_date >= ?
				ORDER BY run_date DESC""", (rs, i) -> new Fate(FateKind.FILE_REJECTED, rs.getDate(1).toLocalDate(), 0,
				rs.getInt(2), 0), upload.rosterName(), RosterFileStatus.FILE_REJECTED.name(),
				Date.valueOf(upload.placedAt().toLocalDate()));
		return rejected.isEmpty() ? new Fate(FateKind.IN_THE_INBOX, null, 0, 0, 0) : rejected.get(0);
	}

	/** Every problem the night found in an upload it took in or refused. */
	public List<Problem> nightProblems(Upload upload, Fate fate) {
		return switch (fate.kind()) {
			case INGESTED, REPLACED -> this.files.find(upload.rosterName())
				.filter(stored -> stored.sha256().equals(upload.sha256()))
				.map(stored -> this.ledger.problems(stored.fileId()))
				.orElse(List.of());
			case FILE_REJECTED -> this.files.runFileProblems(fate.runDate(), upload.rosterName());
			default -> List.of();
		};
	}

	@Override
	public Optional<Set<MeetingId>> permittedMeetings(String rosterFileName) {
		List<String> users = this.jdbc.queryForList(
				"SELECT username FROM uploads WHERE roster_name = ? AND confirmed_at IS NOT NULL", String.class,
				rosterFileName);
		return users.isEmpty() ? Optional.empty() : Optional.of(this.accounts.meetingsOf(users.get(0)));
	}

	/**
	 * The name a file is shown by: its last path segment, normalized, without control characters. (It is
	 * only ever shown, escaped; it never becomes a path.)
	 */
	static String displayName(String fileName) {
		String name = (fileName == null) ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "roster.csv";
		}
		return (name.length() > 120) ? name.substring(0, 120) : name;
	}

	/**
	 * The name of the account's file in the inbox: {@code <user>--<name>.csv}, with every character that is
	 * not a letter, a digit, {@code .}, {@code _} or {@code -} replaced, so it can never leave the folder.
	 */
	static String rosterName(String username, String originalName) {
		String stem = originalName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
				? originalName.substring(0, originalName.length() - 4) : originalName;
		String safe = stem.replaceAll("[^\\p{L}\\p{N}_-]", "_");
		return username + "--" + (safe.isEmpty() ? "roster" : safe) + ".csv";
	}

	private void store(String sha256, byte[] bytes) {
		Path file = stored(sha256);
		if (!Files.exists(file)) {
			AtomicFiles.writeBytes(file, bytes);
		}
	}

	private Path stored(String sha256) {
		return this.properties.output().resolve("uploads").resolve(sha256 + ".csv");
	}

	private static Timestamp now() {
		return Timestamp.valueOf(LocalDateTime.now().withNano(0));
	}

	private static final String SELECT = """
			SELECT upload_id, username, original_name, roster_name, meeting_no, sha256, size_bytes, data_rows, accepted,
			       rejected, duplicate, uploaded_at, confirmed_at, placed_at FROM uploads""";

	private static Upload upload(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Upload(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), MeetingId.of(rs.getInt(5)),
				rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
				rs.getTimestamp(12).toLocalDateTime(), time(rs.getTimestamp(13)), time(rs.getTimestamp(14)));
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

}
