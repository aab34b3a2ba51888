package jp.or.jrs.renewal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.or.jrs.renewal.generator.InputGenerator;

/**
 * {@code bench}: for each scale, generates (once, then cached) an input folder, then runs the real jar
 * in a fresh JVM three nights in a row, as the office would: the first night (everything new), a night
 * with no new rosters (recompute only), and a night with one corrected roster. The 10M-row scale runs
 * with {@code -Xmx1g}. Prints per night the wall time including JVM start, per step the wall time,
 * the ingestion rate and its ratio to the read floor, the peak heap and the database size.
 */
public final class Benchmark {

	/** A data scale: members, target roster rows and files, and the heap the nights run with. */
	record Scale(String name, int members, long rows, int files, String maxHeap) {
	}

	static final List<Scale> SCALES = List.of(new Scale("1m", 10_000, 1_000_000, 300, null),
			new Scale("10m", 100_000, 10_000_000, 300, "1g"));

	static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 11, 24);

	static final List<String> STEPS = List.of("catalog", "members", "intake", "ingest", "rosterReports", "credits",
			"reports");

	private Benchmark() {
	}

	/** Where the benchmark reads and writes: the defaults are those of {@code bench/run}. */
	public record Settings(List<String> scales, Path data, Path work, Path jar, Path catalog) {

		public static final Settings DEFAULTS = new Settings(List.of("1m", "10m"), Path.of("bench/data"),
				Path.of("bench/work"), Path.of("target/renewal-credits.jar"),
				Path.of("input/catalog/accredited-meetings.md"));

	}

	/** The read floor of one input folder, measured in this JVM: what {@code bench} runs in a fresh one. */
	public static void printFloor(Path input) throws IOException {
		System.out.println(ReadFloor.measure(input).line());
	}

	public static void run(Settings settings) throws Exception {
		Map<String, String> options = Map.of("jar", settings.jar().toString(), "scales",
				String.join(",", settings.scales()), "data", settings.data().toString(), "work",
				settings.work().toString(), "catalog", settings.catalog().toString());
		Path jar = Path.of(options.get("jar"));
		System.out.printf("renewal-credits benchmark: %d processors, %s, Java %s, default heap %d MB%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		for (String name : options.get("scales").split(",")) {
			Scale scale = SCALES.stream().filter(s -> s.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown scale " + name + "; 1m or 10m"));
			bench(scale, jar, Path.of(options.get("data")), Path.of(options.get("work")),
					Path.of(options.get("catalog")));
		}
	}

	private static void bench(Scale scale, Path jar, Path dataRoot, Path workRoot, Path catalog) throws Exception {
		Path data = ensureData(scale, dataRoot.resolve(scale.name()), catalog);
		Path work = workRoot.resolve(scale.name());
		deleteTree(work);
		Files.createDirectories(work);
		Path input = work.resolve("input");
		copyTree(data, input);
		Path output = work.resolve("output");

		List<String> floorCommand = List.of(java(), "-jar", jar.toString(), "bench", "floor",
				input.resolve("rosters").toString());
		ReadFloor.Result floor = ReadFloor.Result.parse(lastLine(exec(floorCommand, work.resolve("floor.log"), 0)));
		System.out.printf("%n%s: %,d members, %,d data rows in %d roster files (%s)%n", scale.name(), scale.members(),
				floor.records() - files(input), files(input), data);
		System.out.printf("read floor (Commons CSV alone, fresh JVM): %,d records in %.2f s, %,.0f rows/s%n",
				floor.records(), floor.seconds(), floor.records() / floor.seconds());
		System.out.printf("%-32s %8s %8s %8s %8s %8s %8s %8s %8s %8s %12s %7s %10s %9s%n", "night", "wall", "start",
				"catalog", "members", "intake", "ingest", "rosterRe", "credits", "reports", "ingest rows/s", "×floor",
				"peak heap", "db size");

		Night first = night(scale, jar, input, output, work, FIRST_NIGHT, "first night");
		print(first, floor);
		Night second = night(scale, jar, input, output, work, FIRST_NIGHT.plusDays(1), "no new rosters");
		print(second, floor);
		changeOneCertification(input.resolve("members/certifications.csv"));
		Night third = night(scale, jar, input, output, work, FIRST_NIGHT.plusDays(2), "a certification changed");
		print(third, floor);
		correctOneRoster(input.resolve("rosters"));
		Night fourth = night(scale, jar, input, output, work, FIRST_NIGHT.plusDays(3), "one corrected roster");
		print(fourth, floor);
		System.out.println("(credits marked c: verdicts carried over, nothing they depend on changed)");
		if (scale.name().equals("1m")) {
			targets(first, second, third, floor);
		}
		else {
			System.out.printf("target: the 10M-row night completes with -Xmx1g: %s (exit %d)%n",
					(first.exitCode() == 0 || first.exitCode() == 3) ? "met" : "MISSED", first.exitCode());
		}
	}

	/** A night as measured. */
	record Night(String label, int exitCode, Duration wall, StepTimes steps, long peakHeap, long databaseBytes) {
	}

	private static Night night(Scale scale, Path jar, Path input, Path output, Path work, LocalDate date, String label)
			throws Exception {
		Path gcLog = work.resolve("gc-" + date + ".log");
		List<String> command = new ArrayList<>(List.of(java()));
		if (scale.maxHeap() != null) {
			command.add("-Xmx" + scale.maxHeap());
		}
		command.addAll(List.of("-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "run.date=" + date,
				"--input=" + input, "--output=" + output));
		long started = System.nanoTime();
		int exit = run(command, work.resolve("night-" + date + ".log"));
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		if (exit != 0 && exit != 3) {
			throw new IllegalStateException("the night of " + date + " exited with " + exit + "; see "
					+ work.resolve("night-" + date + ".log"));
		}
		long databaseBytes = size(output.resolve("db"));
		return new Night(scale.name() + " " + label + (scale.maxHeap() != null ? " (-Xmx" + scale.maxHeap() + ")" : ""),
				exit, wall, StepTimes.read(output), GcLog.peakHeapBytes(Files.readAllLines(gcLog)), databaseBytes);
	}

	private static void print(Night night, ReadFloor.Result floor) {
		StringBuilder line = new StringBuilder(String.format("%-32s %7.1fs", night.label(), seconds(night.wall())));
		line.append(String.format(" %7.1fs", seconds(night.wall().minus(night.steps().total()))));
		for (String step : STEPS) {
			Duration time = night.steps().steps().get(step);
			if (time == null && step.equals("credits") && night.steps().steps().containsKey("carryOver")) {
				line.append(String.format(" %6.2fsc", seconds(night.steps().steps().get("carryOver"))));
			}
			else {
				line.append((time != null) ? String.format(" %7.2fs", seconds(time)) : String.format(" %8s", "-"));
			}
		}
		Duration ingest = night.steps().steps().getOrDefault("ingest", Duration.ZERO);
		if (night.steps().ingestedRows() > 0) {
			line.append(String.format(" %,12.0f %6.1f×", night.steps().ingestedRows() / seconds(ingest),
					seconds(ingest) / floor.seconds()));
		}
		else {
			line.append(String.format(" %12s %7s", "-", "-"));
		}
		line.append(String.format(" %7d MB %6d MB", night.peakHeap() >> 20, night.databaseBytes() >> 20));
		System.out.println(line);
	}

	private static void targets(Night first, Night second, Night third, ReadFloor.Result floor) {
		double ingest = seconds(first.steps().steps().get("ingest"));
		double rate = first.steps().ingestedRows() / ingest;
		System.out.println("targets (1M rows, this machine):");
		verdict("first night, end to end including JVM start", seconds(first.wall()) <= 15,
				String.format("%.1f s (target ≤ 15 s)", seconds(first.wall())));
		verdict("ingestion rate", rate >= 250_000, String.format("%,.0f rows/s (target ≥ 250,000)", rate));
		verdict("ingestion against the read floor", ingest <= 5 * floor.seconds(),
				String.format("%.1f× (target ≤ 5×)", ingest / floor.seconds()));
		verdict("night with no new rosters", seconds(second.wall()) <= 5,
				String.format("%.1f s (target ≤ 5 s)%s", seconds(second.wall()),
						second.steps().steps().containsKey("carryOver") ? ", verdicts carried over" : ""));
		verdict("recompute-only night (a certification changed)", seconds(third.wall()) <= 5,
				String.format("%.1f s (target ≤ 5 s), every certification judged", seconds(third.wall())));
	}

	private static void verdict(String what, boolean met, String figure) {
		System.out.printf("  %-45s %-7s %s%n", what, met ? "met" : "MISSED", figure);
	}

	/** Changes the clinical units of the first board certification: the office's correction. */
	static void changeOneCertification(Path certifications) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(certifications, StandardCharsets.UTF_8));
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.contains(",BOARD,")) {
				String units = line.substring(line.lastIndexOf(',') + 1);
				lines.set(i, line.substring(0, line.lastIndexOf(',') + 1) + (units.equals("9") ? "8" : "9"));
				Files.write(certifications, lines, StandardCharsets.UTF_8);
				return;
			}
		}
		throw new IllegalStateException("no board certification in " + certifications);
	}

	/** Drops the last 50 data rows of the first UTF-8 roster with enough of them: the organizer's correction. */
	static void correctOneRoster(Path rosters) throws IOException {
		try (Stream<Path> files = Files.list(rosters)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("roster-")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (lines.size() > 200) {
					Files.write(file, lines.subList(0, lines.size() - 50), StandardCharsets.UTF_8);
					return;
				}
			}
		}
		throw new IllegalStateException("no roster to correct in " + rosters);
	}

	private static Path ensureData(Scale scale, Path data, Path catalog) throws IOException {
		Path complete = data.resolve(".complete");
		if (Files.exists(complete)) {
			return data;
		}
		deleteTree(data);
		System.out.printf("generating %s (once; cached in %s)…%n", scale.name(), data);
		InputGenerator.Settings settings = new InputGenerator.Settings(scale.members(), scale.rows(), scale.files(),
				0.005, 42, FIRST_NIGHT, false);
		new InputGenerator(settings, Files.readAllLines(catalog, StandardCharsets.UTF_8)).writeTo(data, catalog);
		Files.writeString(complete, "");
		return data;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int run(List<String> command, Path log) throws IOException, InterruptedException {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
	}

	private static List<String> exec(List<String> command, Path log, int expected) throws Exception {
		int exit = run(command, log);
		if (exit != expected) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + log);
		}
		return Files.readAllLines(log);
	}

	private static String lastLine(List<String> lines) {
		return lines.get(lines.size() - 1);
	}

	private static int files(Path input) throws IOException {
		try (Stream<Path> files = Files.list(input.resolve("rosters"))) {
			return (int) files.count();
		}
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static long size(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else if (!path.getFileName().toString().equals(".complete")) {
					Files.copy(path, target);
					// On disk before the nights are timed: otherwise the kernel writes the fresh copy back
					// during the first night, as it never would the rosters uploaded the day before.
					try (FileChannel copy = FileChannel.open(target, StandardOpenOption.WRITE)) {
						copy.force(true);
					}
				}
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
