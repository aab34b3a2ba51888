package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The hash of each roster file as the intake last read it, and what the file system said of the file then:
 * a file it says nobody wrote since still has that hash, and is not read again to learn it. Writing a file
 * moves its change time (ctime), which no program can set back, so an equal {@link FileState} means the
 * same bytes, with one exception that {@code FileState.worthKeeping} rules out: a write within the same
 * tick of the file system's clock as the state read. Only local file systems whose change time no program
 * sets are trusted ({@link #statesTell}): on FAT, exFAT, network and FUSE mounts the change time can be
 * the modification time, or a cached one, and every file is read every night.
 */
@Repository
public class RosterFileHashes {

	/**
	 * How long before it is read a file must have last changed for its hash to be kept: more than any file
	 * system's timestamp granularity (FAT's two seconds the coarsest), so a later write shows.
	 */
	static final Duration SETTLED = Duration.ofSeconds(2);

	/** The local file systems of Linux and macOS whose change time only the kernel sets. */
	private static final Set<String> TRUSTED_FILE_SYSTEMS = Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "zfs",
			"f2fs", "tmpfs", "overlay", "apfs");

	private final JdbcTemplate jdbc;

	private Clock clock = Clock.systemUTC();

	public RosterFileHashes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the file system of the roster folder tells a file's writes by its state. */
	public static boolean statesTell(Path rosterFolder) {
		try {
			return TRUSTED_FILE_SYSTEMS.contains(Files.getFileStore(rosterFolder).type());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Now, by the clock files are remembered by. */
	public Instant now() {
		return this.clock.instant();
	}

	/** For tests: a reading of the roster folder at another moment. */
	void setClock(Clock clock) {
		this.clock = clock;
	}

	/** What the file system says of a file; equal for a file nobody wrote or replaced since. */
	public record FileState(long size, long modifiedNanos, long changedNanos, String fileKey) {

		/** The file's state, or empty where the file system does not tell its change time and inode. */
		static Optional<FileState> of(Path file) throws IOException {
			Map<String, Object> unix;
			try {
				unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino",
						LinkOption.NOFOLLOW_LINKS);
			}
			catch (UnsupportedOperationException | IllegalArgumentException | NoSuchFileException ex) {
				// No such facts here, or no such file any more (what reads it says so).
				return Optional.empty();
			}
			return Optional.of(new FileState((Long) unix.get("size"), nanos(unix.get("lastModifiedTime")),
					nanos(unix.get("ctime")), unix.get("dev") + ":" + unix.get("ino")));
		}

		private static long nanos(Object time) {
			return ((FileTime) time).to(TimeUnit.NANOSECONDS);
		}

		/** Whether a file in this state, read from {@code readFrom} on, is safe to remember by it. */
		boolean worthKeeping(Instant readFrom) {
			long readFromNanos = TimeUnit.SECONDS.toNanos(readFrom.getEpochSecond()) + readFrom.getNano();
			return this.changedNanos < readFromNanos - SETTLED.toNanos();
		}

	}

	/** A file's hash and the state it had when it was read. */
	public record Known(String sha256, FileState state) {
	}

	/** A file read tonight, to remember. */
	public record Read(String fileName, Known known) {
	}

	/** Every file's last known hash, by name. */
	public Map<String, Known> byName() {
		Map<String, Known> known = new HashMap<>();
		this.jdbc.query(
				"SELECT file_name, sha256, file_size, modified_ns, changed_ns, file_key FROM roster_file_hashes",
				(ResultSet rs) -> {
					known.put(rs.getString(1), new Known(rs.getString(2),
							new FileState(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6))));
				});
		return known;
	}

	/**
	 * Remembers the files read tonight, and forgets {@code forgotten}: names gone from the folder, and files
	 * read but written too lately to be remembered by their state.
	 */
	public void update(List<Read> reads, Set<String> forgotten) {
		List<Object[]> names = Stream.concat(reads.stream().map(Read::fileName), forgotten.stream())
			.map(name -> new Object[] { name })
			.toList();
		if (!names.isEmpty()) {
			this.jdbc.batchUpdate("DELETE FROM roster_file_hashes WHERE file_name = ?", names);
		}
		this.jdbc.batchUpdate("""
				INSERT INTO roster_file_hashes (file_name, sha256, file_size, modified_ns, changed_ns, file_key)
				VALUES (?, ?, ?, ?, ?, ?)""", reads.stream().map(read -> {
			FileState state = read.known().state();
			return new Object[] { read.fileName(), read.known().sha256(), state.size(), state.modifiedNanos(),
					state.changedNanos(), state.fileKey() };
		}).toList());
	}

}
