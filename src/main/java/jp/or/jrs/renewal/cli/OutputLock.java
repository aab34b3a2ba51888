package jp.or.jrs.renewal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.hsqldb.persist.LockFile;

/**
 * One command at a time per output folder (and so per embedded database), decided at once: an
 * operating-system lock on {@code <output>/run.lock}, taken before anything starts and held until the
 * process ends. The kernel releases it when the process dies, even by {@code kill -9}, so a killed run
 * never leaves it behind. (HSQLDB's own lock file would also keep a second process out, but only after
 * polling it for many seconds.)
 */
public final class OutputLock {

	private static FileChannel channel;

	private static FileLock lock;

	private OutputLock() {
	}

	/** Thrown when another process holds the lock; the message says who and since when. */
	public static class HeldException extends RuntimeException {

		HeldException(String message) {
			super(message);
		}

	}

	public static synchronized void acquire(Path outputFolder) {
		if (lock != null) {
			return;
		}
		Path file = outputFolder.resolve("run.lock");
		try {
			Files.createDirectories(outputFolder);
			FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock acquired = opened.tryLock();
			if (acquired == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				opened.close();
				throw new HeldException("another run is using " + outputFolder + " (" + (holder.isEmpty() ? "?" : holder)
						+ "); wait for it to finish. Nothing was changed.");
			}
			opened.truncate(0);
			opened.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since "
					+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).getBytes(StandardCharsets.UTF_8)));
			channel = opened;
			lock = acquired;
			sayWhyTheDatabaseWaits(outputFolder.resolve("db/renewal.lck"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lock " + file, ex);
		}
	}

	/**
	 * With the output folder ours, an embedded database's lock file whose heartbeat is fresh was left by a
	 * run stopped in the last ten seconds ({@code kill -9}, a power cut): opening the database waits until
	 * it is stale ({@link DatabaseLockFile}, or HSQLDB itself as {@link CommandLine#waitOutAKilledRunsHeartbeat}
	 * has it poll). Says so, or the command looks hung.
	 */
	static void sayWhyTheDatabaseWaits(Path lockFile) {
		Long heartbeat = DatabaseLockFile.heartbeatIn(lockFile);
		if (heartbeat == null) {
			return; // no lock file (a database closed as it should be, or none yet), or not one of HSQLDB's
		}
		long age = System.currentTimeMillis() - heartbeat;
		long stale = LockFile.HEARTBEAT_INTERVAL_PADDED;
		if (age >= 0 && age <= stale) {
			// HSQLDB's interval between two polls (LockFile#getPollHeartbeatInterval).
			long poll = 10 + stale / CommandLine.HEARTBEAT_POLLS;
			System.err.printf("renewal-credits: the database is still marked as open by a run that stopped without "
					+ "closing it (killed?); waiting about %d s for that mark to expire.%n", (stale - age + poll + 999) / 1000);
		}
	}

	/** Lets go of the lock (the end of the process does it too); for runs inside one JVM, as tests do. */
	public static synchronized void release() {
		try {
			if (lock != null) {
				lock.release();
				channel.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			lock = null;
			channel = null;
		}
	}

}
