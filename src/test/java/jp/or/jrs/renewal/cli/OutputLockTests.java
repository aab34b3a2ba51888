package jp.or.jrs.renewal.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command says about the embedded database's lock file once the output folder is its own: only a
 * heartbeat of the last ten seconds (a run just killed) makes the database wait, and only that is told.
 */
class OutputLockTests {

	@TempDir
	Path folder;

	@Test
	void aFreshHeartbeatIsToldAsAWait() throws Exception {
		assertThat(said(lockFile("HSQLLOCK", System.currentTimeMillis() - 2_000)))
			.contains("still marked as open by a run that stopped without closing it (killed?); waiting about 9 s");
	}

	@Test
	void aStaleHeartbeatAMissingFileOrAnotherFileSaysNothing() throws Exception {
		assertThat(said(lockFile("HSQLLOCK", System.currentTimeMillis() - 60_000))).isEmpty();
		assertThat(said(this.folder.resolve("none.lck"))).isEmpty();
		assertThat(said(lockFile("NOTHSQLD", System.currentTimeMillis()))).isEmpty();
	}

	private Path lockFile(String magic, long heartbeat) throws Exception {
		Path file = Files.createTempFile(this.folder, "renewal", ".lck");
		Files.write(file, ByteBuffer.allocate(16).put(magic.getBytes(StandardCharsets.US_ASCII)).putLong(heartbeat).array());
		return file;
	}

	private static String said(Path lockFile) {
		PrintStream stderr = System.err;
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
		try {
			OutputLock.sayWhyTheDatabaseWaits(lockFile);
		}
		finally {
			System.setErr(stderr);
		}
		return said.toString(StandardCharsets.UTF_8);
	}

}
