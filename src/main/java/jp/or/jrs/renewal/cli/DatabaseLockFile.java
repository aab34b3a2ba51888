package jp.or.jrs.renewal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.hsqldb.DatabaseManager;
import org.hsqldb.DatabaseType;
import org.hsqldb.persist.LockFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

import jp.or.jrs.renewal.support.EmbeddedDatabaseUrl;

/**
 * The embedded database's lock file ({@code renewal.lck}), kept by the command instead of by HSQLDB, in
 * HSQLDB's own format: "HSQLLOCK" and a heartbeat, the time it was last written. HSQLDB keeps it the same
 * way, but when it closes a database it sleeps 100 ms before deleting it ({@code LockFile.tryRelease},
 * "hack alert" in its source), and every night and every command waited for that at its end. The settings
 * open the database with {@code hsqldb.lock_file=false}, and the command holds this file from before the
 * database opens until after it has closed:
 * <ul>
 * <li>an HSQLDB process opened on the same database meanwhile (a SQL tool) finds the heartbeat fresh and is
 * turned away, as before;</li>
 * <li>a file whose heartbeat is fresh (an HSQLDB tool using the database, or a run killed seconds ago) is
 * waited on until it is stale, as HSQLDB waited, and the command gives up as HSQLDB gave up, after about
 * 11 s ({@link CommandLine#HEARTBEAT_POLLS} polls): another process holds the database.</li>
 * </ul>
 * The heartbeat is written every second (HSQLDB writes it every ten, and takes one older than 10.1 s as
 * stale). A database whose settings leave HSQLDB its lock file (no {@code hsqldb.lock_file=false}) is left to
 * HSQLDB.
 */
final class DatabaseLockFile {

	private static final byte[] MAGIC = "HSQLLOCK".getBytes(StandardCharsets.US_ASCII);

	/** How often the heartbeat is written, in milliseconds. */
	private static final long BEAT = 1_000;

	/** How long a fresh heartbeat is waited on before the database is taken as another process's. */
	static final long PATIENCE = LockFile.HEARTBEAT_INTERVAL_PADDED + 1_000;

	private static final Logger log = LoggerFactory.getLogger(DatabaseLockFile.class);

	private static DatabaseLockFile held;

	private static boolean hooked;

	/** The database's path as the URL gives it, which HSQLDB registers an open database under. */
	private final String database;

	private final Path file;

	private final FileChannel channel;

	private final Thread heartbeat;

	private DatabaseLockFile(String database, Path file, FileChannel channel) {
		this.database = database;
		this.file = file;
		this.channel = channel;
		this.heartbeat = new Thread(this::beat, "database-heartbeat");
		this.heartbeat.setDaemon(true);
	}

	/**
	 * Holds the lock file of the database a JDBC URL names when the URL opens it without HSQLDB's
	 * ({@code jdbc:hsqldb:file:…;hsqldb.lock_file=false}); nothing otherwise.
	 */
	static void acquire(String url) {
		acquire(url, PATIENCE);
	}

	/** As {@link #acquire(String)}, giving up on a fresh heartbeat after {@code patience} ms (for tests). */
	static synchronized void acquire(String url, long patience) {
		Path file = lockFileOf(url);
		if (file == null || held != null) {
			return;
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			long giveUp = System.currentTimeMillis() + patience;
			while (true) {
				FileChannel channel = create(file);
				if (channel != null) {
					held = new DatabaseLockFile(databaseOf(url), file, channel);
					held.heartbeat.start();
					releaseOnShutdown();
					return;
				}
				long age = heartbeatAge(file);
				if (age > LockFile.HEARTBEAT_INTERVAL_PADDED || age < -LockFile.HEARTBEAT_INTERVAL_PADDED) {
					// Stale: its holder stopped without deleting it (killed). As with HSQLDB's own lock, two
					// processes finding it stale at the same instant could both take it; in the output folder
					// its lock (OutputLock) has already kept them apart.
					Files.deleteIfExists(file);
					continue;
				}
				if (System.currentTimeMillis() > giveUp) {
					throw new OutputLock.HeldException("another process is using the database (its lock file " + file
							+ " is kept fresh); wait for it to finish. Nothing was changed. If no process uses it, "
							+ "delete that file.");
				}
				Thread.sleep(100);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lock the database with " + file, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + file, ex);
		}
	}

	/**
	 * Deletes the lock file once the database has closed; for runs inside one JVM, as tests do, too. A database
	 * still open (a connection left open) keeps its lock file, which goes stale once the process has ended. It
	 * never throws: a file it cannot delete goes stale the same way, and the command's own outcome stands.
	 */
	static synchronized void release() {
		DatabaseLockFile releasing = held;
		if (releasing == null || releasing.isOpen()) {
			return;
		}
		held = null;
		releasing.heartbeat.interrupt();
		boolean interrupted = false;
		while (releasing.heartbeat.isAlive()) {
			try {
				releasing.heartbeat.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		try {
			releasing.channel.close();
			Files.deleteIfExists(releasing.file);
		}
		catch (IOException ex) {
			log.warn("Cannot delete the database's lock file {} ({}); the next command waits about 10 s for it to go "
					+ "stale", releasing.file, ex.toString());
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether HSQLDB has the database open in this JVM. */
	private boolean isOpen() {
		return DatabaseManager.lookupDatabaseObject(DatabaseType.DB_FILE, this.database) != null;
	}

	/**
	 * A run stopped by Ctrl-C or by the service manager ends in the JVM's shutdown hooks, not through the
	 * command's own end: Spring Boot's hook closes the context, and with it the database, then runs its
	 * shutdown handlers, and this one deletes the lock file, as HSQLDB did when it closed the database itself,
	 * so that the next command need not wait for the heartbeat to go stale. (Stopped before its context was
	 * made, a command could still open the database in the moment before the JVM halts.)
	 */
	private static void releaseOnShutdown() {
		if (hooked) {
			return;
		}
		hooked = true;
		SpringApplication.getShutdownHandlers().add(DatabaseLockFile::release);
	}

	/** The lock file of the database a URL names, when the URL leaves it to us; null otherwise. */
	static Path lockFileOf(String url) {
		return EmbeddedDatabaseUrl.of(url)
			.filter(embedded -> embedded.settings().contains("hsqldb.lock_file=false"))
			.map(embedded -> Path.of(embedded.database() + ".lck"))
			.orElse(null);
	}

	/**
	 * The path of the embedded (file mode) HSQLDB database a JDBC URL names, as HSQLDB registers it when open;
	 * null for any other URL.
	 */
	static String databaseOf(String url) {
		return EmbeddedDatabaseUrl.of(url).map(EmbeddedDatabaseUrl::database).orElse(null);
	}

	/**
	 * Creates the file with its heartbeat, complete or not at all: written beside it first, then linked under
	 * its name, which fails if the name is taken. (Created empty and then written, a kill in between would
	 * leave an empty file, which HSQLDB and this class then delete, but only once a command finds it.) Null
	 * when the name is taken.
	 */
	private static FileChannel create(Path file) throws IOException {
		Path written = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
		Files.write(written, beat(System.currentTimeMillis()));
		try {
			Files.createLink(file, written);
		}
		catch (FileAlreadyExistsException ex) {
			return null;
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			// A file system without hard links (FAT, some network and FUSE mounts): created and written in two
			// steps, as HSQLDB does.
			return createInTwoSteps(file);
		}
		finally {
			Files.deleteIfExists(written);
		}
		return FileChannel.open(file, StandardOpenOption.WRITE);
	}

	private static FileChannel createInTwoSteps(Path file) throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException taken) {
			return null;
		}
		try {
			channel.write(ByteBuffer.wrap(beat(System.currentTimeMillis())));
			return channel;
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
	}

	/**
	 * How old the file's heartbeat is, in milliseconds: stale for a missing or empty file (HSQLDB deletes an
	 * empty lock file, a lock taken by a process stopped before it wrote one); 0 (fresh) for a file HSQLDB
	 * would not take as a lock file (another length or magic), which HSQLDB keeps out of, and so does this class.
	 */
	private static long heartbeatAge(Path file) throws IOException {
		Long heartbeat = heartbeatIn(file);
		if (heartbeat != null) {
			return System.currentTimeMillis() - heartbeat;
		}
		try {
			return (Files.size(file) == 0) ? Long.MAX_VALUE : 0;
		}
		catch (NoSuchFileException ex) {
			return Long.MAX_VALUE;
		}
	}

	/**
	 * The heartbeat of an HSQLDB lock file (16 bytes: "HSQLLOCK", then the time it was last written); null when
	 * the file is missing or is not one.
	 */
	static Long heartbeatIn(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return null;
		}
		if (bytes.length != 16 || !Arrays.equals(bytes, 0, 8, MAGIC, 0, 8)) {
			return null;
		}
		return ByteBuffer.wrap(bytes, 8, 8).getLong();
	}

	private static byte[] beat(long now) {
		return ByteBuffer.allocate(16).put(MAGIC).putLong(now).array();
	}

	private void beat() {
		ByteBuffer time = ByteBuffer.allocate(8);
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Thread.sleep(BEAT);
				time.clear();
				time.putLong(System.currentTimeMillis()).flip();
				this.channel.write(time, 8);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (IOException ex) {
				// The next beat tries again; HSQLDB's own heartbeat ignores a failed write the same way.
			}
		}
	}

}
