package jp.or.jrs.renewal.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.generator.InputGenerator;
import jp.or.jrs.renewal.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The night as an administrator lives it: a real JVM running the job is killed with {@code kill -9} in the
 * middle of ingestion (after some files and chunks committed), while it runs a second run is turned away,
 * then {@code restart} recovers and resumes it, and the ledger and reports equal those of a run that was
 * never interrupted. The child's ingestion is slowed down ({@link SlowIngestion}) so that the kill lands
 * in the middle of it on any machine.
 */
class KilledRunFunctionalTests {

	static final String NIGHT = "2026-11-24";

	/** Small chunks, one file at a time: the kill lands in the middle of a file. */
	static final String[] tuning = { "--renewal.chunk-size=200", "--renewal.ingest-threads=1" };

	@TempDir
	Path root;

	@Test
	void aRunKilledDuringIngestionIsRestartedAndEndsAsAnUninterruptedRun() throws Exception {
		Path input = generatedInput();
		Night uninterrupted = uninterrupted(input, NIGHT);

		Night killed = new Night(this.root.resolve("b"));
		Night.copy(input, killed.input);
		// A cache of a hundred rows: the killed run's database has rows in its .data file written after its
		// last checkpoint, as a real night's has (only recovery reads it right). Of 1 MB: a chunk of verdicts
		// is one row of some 30 kB, which a cache of 100 kB cannot hold beside the rows of its transaction
		// (HSQLDB's default is 10 MB).
		Process child = startChild(killed, tuning[0], tuning[1], "--spring.datasource.url=jdbc:hsqldb:file:"
				+ killed.output.resolve("db/renewal") + ";hsqldb.tx=mvcc;shutdown=true;hsqldb.lock_file=true"
				+ ";hsqldb.cache_rows=100;hsqldb.cache_size=1000");
		List<String> log = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			// Once started, the child holds the database: a second run is turned away at once.
			waitFor(out, log, "Executing step: [catalog]");
			assertThat(killed.run(NIGHT, tuning)).as("a second run while the first holds the database")
				.isEqualTo(ExitCodes.BUSY);

			// Kill it in the middle of ingestion: two files done, the third part read.
			for (int started = 0; started < 3; started++) {
				waitFor(out, log, "Executing step: [ingestRoster:");
			}
			Thread.sleep(500);
			assertThat(child.isAlive()).isTrue();
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		assertThat(String.join("\n", log)).doesNotContain("Step: [ingest] executed");
		// status reads the database as the killed run left it (recovered by HSQLDB, not yet by Spring Batch).
		assertThat(killed.command("status")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(killed.printed).contains("run.date " + NIGHT + "  STARTED")
			.containsPattern("intake +COMPLETED +[0-9.]+ s +read 16 ")
			.containsPattern("ingest +STARTED +never ended")
			.contains("never ended: its process was stopped (killed?); `restart " + NIGHT + "` resumes it");

		assertThat(killed.command("restart", NIGHT, tuning[0], tuning[1])).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(killed.printed).contains("Resuming the run of " + NIGHT);
		assertThat(killed.ledger()).isEqualTo(uninterrupted.ledger());
		assertThat(killed.rosterProblems()).isNotEmpty()
			.isEqualTo(uninterrupted.rosterProblems());
		assertThat(killed.allReports(NIGHT)).isEqualTo(uninterrupted.allReports(NIGHT));
		assertThat(killed.query("SELECT status FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(killed.command("status")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(killed.printed).contains("COMPLETED  (2 attempts)").containsSubsequence("FAILED", "COMPLETED");
	}

	/**
	 * The portal runs the night itself: killed with {@code kill -9} in the middle of it, the night is
	 * resumed as a night run from the command line is, and ends as an uninterrupted one.
	 */
	@Test
	void aNightThePortalRanAndThatWasKilledIsResumedAsBefore() throws Exception {
		String today = LocalDate.now().toString();
		Path input = generatedInput();
		Night uninterrupted = uninterrupted(input, today);

		Night killed = new Night(this.root.resolve("b"));
		Night.copy(input, killed.input);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SlowIngestion.class.getName(), "serve",
				"--server.port=0", "--renewal.portal.night-cron=* * * * * *", "--input=" + killed.input,
				"--output=" + killed.output));
		command.addAll(List.of(tuning));
		Process portal = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> log = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
			waitFor(out, log, "The portal is at http://localhost:");
			for (int started = 0; started < 3; started++) {
				waitFor(out, log, "Executing step: [ingestRoster:");
			}
			Thread.sleep(500);
			assertThat(portal.isAlive()).isTrue();
			portal.destroyForcibly();
			assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(String.join("\n", log)).doesNotContain("Step: [ingest] executed");
		// status reads the database as the killed portal left it (recovered by HSQLDB, not yet by Spring Batch).
		assertThat(killed.command("status")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(killed.printed).contains("run.date " + today + "  STARTED").containsPattern("ingest +STARTED")
			.contains("never ended: its process was stopped (killed?); `restart " + today + "` resumes it");

		assertThat(killed.command("restart", today, tuning[0], tuning[1])).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(killed.ledger()).isEqualTo(uninterrupted.ledger());
		assertThat(killed.allReports(today)).isEqualTo(uninterrupted.allReports(today));
	}

	/**
	 * A run stopped by Ctrl-C or by the service manager (SIGTERM) closes its database in the JVM's shutdown
	 * hooks, and its lock file goes with it, as HSQLDB's did: the next command starts at once instead of
	 * waiting ten seconds for a heartbeat to go stale, and resumes the run.
	 */
	@Test
	void aRunStoppedBySigtermLeavesNoLockFileAndIsRestartedAtOnce() throws Exception {
		Path input = generatedInput();
		Night stopped = new Night(this.root.resolve("c"));
		Night.copy(input, stopped.input);
		Process child = startChild(stopped, tuning[0], tuning[1]);
		List<String> log = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			waitFor(out, log, "Executing step: [ingestRoster:");
			assertThat(stopped.output.resolve("db/renewal.lck")).as("held while the run runs").exists();
			child.destroy();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(child.exitValue()).as("stopped by SIGTERM").isEqualTo(143);
		assertThat(stopped.output.resolve("db/renewal.lck")).doesNotExist();

		long started = System.nanoTime();
		assertThat(stopped.command("restart", NIGHT, tuning[0], tuning[1])).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("no heartbeat waited out")
			.isLessThan(java.time.Duration.ofSeconds(9));
		assertThat(stopped.output.resolve("db/renewal.lck")).doesNotExist();
	}

	/**
	 * A run killed the moment after HSQLDB wrote its lock file's heartbeat leaves that heartbeat fresh: the
	 * next command, started at once, must wait for it to go stale and then go on, not be turned away as if
	 * the dead run were still alive. The heartbeat is made as fresh as it can be (written again just after
	 * the kill), so HSQLDB's default polling (ten polls a second apart) refuses every time, whatever the
	 * machine's speed, and the wait is seen in the time the command took.
	 */
	@Test
	void aCommandStartedTheMomentARunIsKilledWaitsForItsHeartbeatToGoStale() throws Exception {
		Night night = Night.withShippedSample(this.root);
		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		Path database = night.output.resolve("db/renewal");
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), HoldsTheDatabase.class.getName(), database.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
			waitFor(out, new ArrayList<>(), HoldsTheDatabase.OPENED);
		}
		finally {
			holder.destroyForcibly();
			assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		// What a kill just after a heartbeat leaves: its log not applied (so the next command opens the
		// database for writing, through the lock), and a lock file whose heartbeat is now.
		assertThat(database.resolveSibling("renewal.log")).exists();
		Files.write(database.resolveSibling("renewal.lck"), java.nio.ByteBuffer.allocate(16)
			.put("HSQLLOCK".getBytes(StandardCharsets.US_ASCII))
			.putLong(System.currentTimeMillis())
			.array());

		long started = System.nanoTime();
		java.io.PrintStream stderr = System.err;
		java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
		try {
			assertThat(night.command("status")).isEqualTo(ExitCodes.COMPLETED);
		}
		finally {
			System.setErr(stderr);
		}
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("waited for the heartbeat to go stale")
			.isGreaterThan(java.time.Duration.ofSeconds(9));
		assertThat(said.toString(StandardCharsets.UTF_8)).as("says why it waits")
			.containsPattern("still marked as open by a run that stopped without closing it \\(killed\\?\\); waiting about 1[01] s");
		assertThat(night.printed).contains("run.date " + NIGHT + "  COMPLETED");
	}

	/** Opens the embedded database as a run does, says so and waits to be killed. */
	static final class HoldsTheDatabase {

		static final String OPENED = "database opened";

		public static void main(String[] args) throws Exception {
			java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:hsqldb:file:" + args[0]
					+ ";hsqldb.tx=mvcc;shutdown=true;hsqldb.lock_file=true;ifexists=true", "SA", "");
			System.out.println(OPENED);
			Thread.sleep(60_000);
			connection.close();
		}

	}

	/** 60,000 generated rows in 16 files. */
	Path generatedInput() throws IOException {
		Path input = this.root.resolve("input");
		List<String> table = Files.readAllLines(Path.of("input/catalog/accredited-meetings.md"), StandardCharsets.UTF_8);
		new InputGenerator(new InputGenerator.Settings(1000, 60_000, 16, 0.005, 11, LocalDate.parse(NIGHT), false), table)
			.writeTo(input, Path.of("input/catalog/accredited-meetings.md"));
		return input;
	}

	/** The same night, never interrupted: what the killed one must end as. */
	Night uninterrupted(Path input, String runDate) throws IOException {
		Night uninterrupted = new Night(this.root.resolve("a"));
		Night.copy(input, uninterrupted.input);
		assertThat(uninterrupted.run(runDate, tuning)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		return uninterrupted;
	}

	/** The application in a JVM of its own, as the office's scheduler starts it (its ingestion slowed down). */
	static Process startChild(Night night, String... options) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SlowIngestion.class.getName(),
				"run.date=" + NIGHT, "--input=" + night.input, "--output=" + night.output));
		command.addAll(List.of(options));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	static void waitFor(BufferedReader out, List<String> log, String text) throws IOException {
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			log.add(line);
			if (line.contains(text)) {
				return;
			}
		}
		throw new AssertionError("the child ended before '" + text + "':\n" + String.join("\n", log));
	}

}
