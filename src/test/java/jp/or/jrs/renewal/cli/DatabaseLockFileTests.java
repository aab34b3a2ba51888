package jp.or.jrs.renewal.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded database's lock file as the command keeps it: in HSQLDB's format with a fresh heartbeat while
 * held, gone once released, a stale one taken over at once, a fresh one another process's.
 */
class DatabaseLockFileTests {

	@TempDir
	Path folder;

	@AfterEach
	void release() {
		DatabaseLockFile.release();
	}

	@Test
	void onlyAnEmbeddedDatabaseOpenedWithoutHsqldbsLockFileIsOurs() {
		assertThat(DatabaseLockFile.lockFileOf("jdbc:hsqldb:file:out/db/renewal;hsqldb.tx=mvcc;hsqldb.lock_file=false"))
			.isEqualTo(Path.of("out/db/renewal.lck"));
		assertThat(DatabaseLockFile.lockFileOf("jdbc:hsqldb:file:out/db/renewal;hsqldb.lock_file=true")).isNull();
		assertThat(DatabaseLockFile.lockFileOf("jdbc:hsqldb:file:out/db/renewal;shutdown=true")).isNull();
		assertThat(DatabaseLockFile.lockFileOf("jdbc:postgresql://localhost:5432/renewal")).isNull();
		assertThat(DatabaseLockFile.lockFileOf(null)).isNull();
	}

	@Test
	void heldItIsHsqldbsLockFileWithAFreshHeartbeatAndReleasedItIsGone() throws Exception {
		Path database = this.folder.resolve("db/renewal");
		DatabaseLockFile.acquire(url(database));
		Path lockFile = this.folder.resolve("db/renewal.lck");
		byte[] bytes = Files.readAllBytes(lockFile);
		assertThat(bytes).hasSize(16);
		assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("HSQLLOCK");
		assertThat(System.currentTimeMillis() - ByteBuffer.wrap(bytes, 8, 8).getLong()).isBetween(0L, 2_000L);
		Thread.sleep(1_500);
		long beat = ByteBuffer.wrap(Files.readAllBytes(lockFile), 8, 8).getLong();
		assertThat(System.currentTimeMillis() - beat).as("written again every second").isLessThan(1_200L);
		// The database opens and closes under it without a lock file of HSQLDB's.
		try (Connection connection = DriverManager.getConnection(url(database) + ";shutdown=true", "SA", "")) {
			connection.createStatement().execute("CREATE TABLE t (id INT)");
		}
		assertThat(lockFile).exists();
		DatabaseLockFile.release();
		assertThat(lockFile).doesNotExist();
		assertThat(this.folder.resolve("db")).isDirectoryNotContaining("glob:**.lck.*");
	}

	@Test
	void aStaleHeartbeatIsTakenOverAtOnce() throws Exception {
		Path lockFile = lockFile(System.currentTimeMillis() - 60_000);
		long started = System.nanoTime();
		DatabaseLockFile.acquire(url(this.folder.resolve("db/renewal")));
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
		assertThat(System.currentTimeMillis() - ByteBuffer.wrap(Files.readAllBytes(lockFile), 8, 8).getLong())
			.isLessThan(2_000L);
	}

	@Test
	void aHeartbeatKeptFreshIsAnotherProcesssAndTheCommandIsTurnedAway() throws Exception {
		Path lockFile = lockFile(System.currentTimeMillis() + 2_000);
		assertThatExceptionOfType(OutputLock.HeldException.class)
			.isThrownBy(() -> DatabaseLockFile.acquire(url(this.folder.resolve("db/renewal")), 300))
			.withMessageContaining("another process is using the database")
			.withMessageContaining(lockFile.toString());
		assertThat(lockFile).as("another's, left alone").exists();
	}

	@Test
	void anEmptyFileIsTakenOverAsHsqldbTakesItAndAnotherFileIsNot() throws Exception {
		Path lockFile = this.folder.resolve("db/renewal.lck");
		Files.createDirectories(lockFile.getParent());
		Files.write(lockFile, new byte[0]);
		DatabaseLockFile.acquire(url(this.folder.resolve("db/renewal")), 300);
		assertThat(Files.size(lockFile)).isEqualTo(16);
		DatabaseLockFile.release();

		Files.write(lockFile, ByteBuffer.allocate(16).put("NOTHSQLD".getBytes(StandardCharsets.US_ASCII))
			.putLong(System.currentTimeMillis() - 60_000).array());
		assertThatExceptionOfType(OutputLock.HeldException.class)
			.isThrownBy(() -> DatabaseLockFile.acquire(url(this.folder.resolve("db/renewal")), 300));
		assertThat(lockFile).exists();
	}

	@Test
	void aDatabaseStillOpenKeepsItsLockFile() throws Exception {
		Path database = this.folder.resolve("db/renewal");
		DatabaseLockFile.acquire(url(database));
		try (Connection connection = DriverManager.getConnection(url(database), "SA", "")) {
			DatabaseLockFile.release();
			assertThat(this.folder.resolve("db/renewal.lck")).as("kept while the database is open").exists();
			connection.createStatement().execute("SHUTDOWN");
		}
		DatabaseLockFile.release();
		assertThat(this.folder.resolve("db/renewal.lck")).doesNotExist();
	}

	private Path lockFile(long heartbeat) throws Exception {
		Path file = this.folder.resolve("db/renewal.lck");
		Files.createDirectories(file.getParent());
		Files.write(file, ByteBuffer.allocate(16).put("HSQLLOCK".getBytes(StandardCharsets.US_ASCII)).putLong(heartbeat).array());
		return file;
	}

	private static String url(Path database) {
		return "jdbc:hsqldb:file:" + database + ";hsqldb.lock_file=false";
	}

}
