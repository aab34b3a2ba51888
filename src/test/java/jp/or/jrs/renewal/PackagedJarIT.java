package jp.or.jrs.renewal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, run as the README says: the application context prepared at build time (AOT) starts
 * and runs the night on the shipped sample, and a second run of the same date changes nothing.
 */
class PackagedJarIT {

	@TempDir
	Path output;

	@Test
	void theReadmeCommandRunsTheSampleNight() throws Exception {
		List<String> printed = new ArrayList<>();
		assertThat(run(printed, "run.date=2026-11-24", "--output=" + this.output))
			.isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(printed).anyMatch(line -> line.startsWith("Certifications judged: 300"));
		assertThat(Files.readAllLines(this.output.resolve("2026-11-24/eligibility.csv"))).hasSize(301);
		assertThat(this.output.resolve("2026-11-24/rejects/rosters/organizer-mistakes.rejects.csv")).exists();

		assertThat(run(new ArrayList<>(), "run.date=2026-11-24", "--output=" + this.output))
			.isEqualTo(ExitCodes.NOTHING_TO_DO);
		assertThat(run(new ArrayList<>(), "--help")).isEqualTo(ExitCodes.COMPLETED);
	}

	/**
	 * Run from cron without a {@code cd}: the jar finds the rule files of the project it was built in, and
	 * standard output carries only what the command answers.
	 */
	@Test
	void runsFromAnyFolderAndKeepsTheLogOffStandardOutput(@TempDir Path elsewhere) throws Exception {
		List<String> printed = new ArrayList<>();
		assertThat(run(elsewhere, printed, "run.date=2026-11-24", "--input=" + Path.of("input").toAbsolutePath(),
				"--output=" + this.output)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(printed.get(0)).isEqualTo("Renewal credits: run of 2026-11-24");

		printed.clear();
		assertThat(run(elsewhere, printed, "ledger", "--member=0010071", "--output=" + this.output))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(printed.get(0)).isEqualTo("file,line,member_id,meeting_id,held_on,credit_type,lecture_id,topic,units");
		assertThat(printed).hasSizeGreaterThan(1).allMatch(line -> line.split(",").length >= 8);
	}

	/**
	 * The launcher people run ({@code bin/renewal-credits}), from another folder: it finds the project's jar
	 * and rule files, keeps the current folder the caller's, and ends with the jar's exit status. Where the
	 * build made the AOT cache, the JVM starts from it ({@code -XX:AOTMode=on} refuses to start otherwise).
	 */
	@Test
	void theLauncherRunsFromAnyFolderWithTheAotCache(@TempDir Path elsewhere) throws Exception {
		List<String> printed = new ArrayList<>();
		assertThat(launch(elsewhere, Map.of(), printed, "run.date=2026-11-24",
				"--input=" + Path.of("input").toAbsolutePath(), "--output=" + this.output))
			.isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(printed.get(0)).isEqualTo("Renewal credits: run of 2026-11-24");
		assertThat(launch(elsewhere, Map.of(), new ArrayList<>(), "run.date=2026-11-24",
				"--input=" + Path.of("input").toAbsolutePath(), "--output=" + this.output))
			.isEqualTo(ExitCodes.NOTHING_TO_DO);
		assertThat(launch(elsewhere, Map.of(), new ArrayList<>(), "status", "--bogus")).isEqualTo(ExitCodes.BAD_USAGE);

		Assumptions.assumeTrue(Files.exists(Path.of("target/app/renewal-credits.aot")),
				"no AOT cache: the build had no JDK 25");
		printed.clear();
		assertThat(launch(elsewhere, Map.of("JDK_JAVA_OPTIONS", "-XX:AOTMode=on"), printed, "--help"))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(printed.get(0)).startsWith("usage: ");
	}

	/**
	 * A copy of the built project elsewhere runs the plain jar: JDK 25 would map the cache there too, and then
	 * fail a night on HSQLDB's sealed packages. The JVM lists the options it was given, the cache among them.
	 */
	@Test
	void aMovedProjectRunsWithoutTheCacheItWasNotTrainedFor(@TempDir Path elsewhere) throws Exception {
		Assumptions.assumeTrue(Files.exists(Path.of("target/app/renewal-credits.aot")),
				"no AOT cache: the build had no JDK 25");
		Map<String, String> listFlags = Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags");
		List<String> printed = new ArrayList<>();
		assertThat(launch(elsewhere, listFlags, printed, "--help")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(printed.get(0)).contains("-XX:AOTCache=");

		Path copy = elsewhere.resolve("copy");
		Files.createDirectories(copy.resolve("bin"));
		Files.createDirectories(copy.resolve("target/app"));
		Files.copy(Path.of("bin/renewal-credits"), copy.resolve("bin/renewal-credits"));
		for (String file : List.of("renewal-credits.jar", "app/renewal-credits.jar", "app/renewal-credits.aot",
				"app/trained-in")) {
			Files.createSymbolicLink(copy.resolve("target").resolve(file), Path.of("target", file).toAbsolutePath());
		}
		printed.clear();
		assertThat(launch(copy, elsewhere, listFlags, printed, "--help")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(printed).noneMatch(line -> line.contains("AOTCache")).anyMatch(line -> line.startsWith("usage: "));
	}

	static int launch(Path folder, Map<String, String> environment, List<String> printed, String... args)
			throws IOException, InterruptedException {
		return launch(Path.of("").toAbsolutePath(), folder, environment, printed, args);
	}

	/** The launcher of the project in {@code project}, run in {@code folder}. */
	static int launch(Path project, Path folder, Map<String, String> environment, List<String> printed,
			String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(project.resolve("bin/renewal-credits").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().putAll(environment);
		Process process = builder.start();
		printed.addAll(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		return process.waitFor();
	}

	/**
	 * A night runs on the launcher's collector, the serial one with its survivor spaces, unless {@code JAVA_OPTS}
	 * chooses another: the JVM refuses to start with two. The JVM lists the options it was given.
	 */
	@Test
	void aCollectorChosenInJavaOptsReplacesTheLaunchers(@TempDir Path elsewhere) throws Exception {
		List<String> printed = new ArrayList<>();
		assertThat(launch(elsewhere, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), printed, "run", "--bogus"))
			.isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(printed.get(0)).contains("-XX:+UseSerialGC", "-XX:SurvivorRatio=4");

		printed.clear();
		assertThat(launch(elsewhere, Map.of("JAVA_OPTS", "-XX:+UseParallelGC -XX:+PrintCommandLineFlags"), printed,
				"run", "--bogus"))
			.isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(printed.get(0)).contains("-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC");
	}

	/** The portal from the packaged jar: a web application, not the context prepared at build time. */
	@Test
	void theJarServesThePortal() throws Exception {
		Process portal = new ProcessBuilder(jar("serve", "--server.port=0", "--output=" + this.output,
				"--renewal.portal.night-cron=-")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (java.io.BufferedReader out = new java.io.BufferedReader(
				new java.io.InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			assertThat(line).startsWith("The portal is at http://localhost:");
			String url = line.substring(line.indexOf("http://"), line.indexOf("/ ") + 1);
			java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "login")).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("更新単位 名簿受付");
		}
		finally {
			portal.destroy();
			portal.waitFor();
		}
	}

	/** A first night warns of nothing that is not the operator's concern (HSQLDB's "no data" to a migration). */
	@Test
	void aFirstNightLogsNoWarning(@TempDir Path elsewhere) throws Exception {
		Process process = new ProcessBuilder(jar("run.date=2026-11-24", "--input=" + Path.of("input").toAbsolutePath(),
				"--output=" + this.output)).directory(elsewhere.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<String> logged = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		assertThat(process.waitFor()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(logged).anyMatch(line -> line.contains("Executing step: [catalog]"))
			.noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
	}

	static int run(List<String> printed, String... args) throws IOException, InterruptedException {
		return run(Path.of("."), printed, args);
	}

	/** Runs the jar in a folder; {@code printed} gets its standard output (the log goes to standard error). */
	static int run(Path folder, List<String> printed, String... args) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(jar(args)).directory(folder.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		printed.addAll(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		return process.waitFor();
	}

	/** {@code java -jar} of the packaged jar, on the JVM running the tests. */
	private static List<String> jar(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", Path.of("target/renewal-credits.jar").toAbsolutePath().toString()));
		command.addAll(List.of(args));
		return command;
	}

}
