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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.or.jrs.renewal.generator.InputGenerator;
import jp.or.jrs.renewal.support.TextEncoding;

/**
 * {@code bench}: for each scale, generates (once, then cached) an input folder, then runs the jar as the
 * office runs it, each command in a fresh JVM, four nights in a row: the first night (everything new), a
 * night with no new rosters (nothing changed), a night where one certification changed (everything judged
 * again) and a night with one corrected roster; on the 1M set, also the mailing season's statements and
 * the fixed cost of a command ({@code --help}, {@code status}, {@code check} of a 1,000-row roster).
 * The 1M set runs it all several times ({@code --rounds}) and keeps the best of each; the 10M set runs
 * once, with {@code -Xmx1g}. Every figure is also given as a ratio to the read floor measured in the same
 * run (Commons CSV alone reading the same files in a fresh JVM, the best of five reads before the first
 * round and one before each other round), so that runs on a slower or busier machine still compare.
 */
public final class Benchmark {

	/** A data scale: members, target roster rows and files, and the heap the nights run with. */
	record Scale(String name, int members, long rows, int files, String maxHeap) {
	}

	static final List<Scale> SCALES = List.of(new Scale("1m", 10_000, 1_000_000, 300, null),
			new Scale("10m", 100_000, 10_000_000, 300, "1g"));

	/** Reads of the floor before the first round; each later round reads it once more. */
	private static final int FIRST_FLOOR_READS = 5;

	static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 11, 24);

	/** The mailing season the statements are written for: the members of the 1M set renewing that year. */
	static final int RENEWING = 2027;

	static final List<String> STEPS = List.of("catalog", "members", "intake", "ingest", "rosterReports", "credits",
			"reports");

	static final List<String> NIGHTS = List.of("first night", "no new rosters", "a certification changed",
			"one corrected roster");

	private Benchmark() {
	}

	/**
	 * Where the benchmark reads and writes, and what it runs: the launcher as users run it, unless a jar
	 * is named (then that jar with {@code java -jar}); the defaults are those of {@code bench/run}.
	 */
	public record Settings(List<String> scales, Path data, Path work, Path jar, Path launcher, Path catalog,
			int rounds) {

		public static final Settings DEFAULTS = new Settings(List.of("1m", "10m"), Path.of("bench/data"),
				Path.of("bench/work"), Path.of("target/renewal-credits.jar"), Path.of("bin/renewal-credits"),
				Path.of("input/catalog/accredited-meetings.md"), 3);

	}

	/** The read floor of one input folder, measured in this JVM: what {@code bench} runs in a fresh one. */
	public static void printFloor(Path input) throws IOException {
		System.out.println(ReadFloor.measure(input).line());
	}

	public static void run(Settings settings) throws Exception {
		Launch launch = Launch.of(settings.launcher(), settings.jar());
		System.out.printf("renewal-credits benchmark: %d processors, %s, benchmark on Java %s, default heap %d MB%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		System.out.println("runs: " + launch.describe());
		try {
			for (String name : settings.scales()) {
				Scale scale = SCALES.stream().filter(s -> s.name().equals(name)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("unknown scale " + name + "; 1m or 10m"));
				bench(scale, launch, settings);
			}
		}
		finally {
			deleteTree(trash(settings));
		}
	}

	/**
	 * Where the folders of earlier runs and rounds go until every figure is measured: deleting them before
	 * the runs made the runs pay for it. On a file system that keeps no journal (ext4 without one, as on
	 * these machines), a new file skips every inode freed in the last minute or more (ext4's
	 * {@code recently_deleted}), and reading each one's age costs: 5,677 files took 3.2 s, 3.0 s of it in the
	 * kernel, just after 17,000 files were deleted, and 0.46 s a hundred seconds later.
	 */
	private static Path trash(Settings settings) {
		return settings.work().resolve(".trash");
	}

	/** Moves a folder out of the way (a rename: nothing is freed), to be deleted once the benchmark ends. */
	private static void discard(Path folder, Settings settings) throws IOException {
		if (Files.exists(folder)) {
			Path trash = Files.createDirectories(trash(settings));
			Files.move(folder, Files.createTempDirectory(trash, folder.getFileName().toString()).resolve("moved"));
		}
	}

	private static void bench(Scale scale, Launch launch, Settings settings) throws Exception {
		Path data = ensureData(scale, settings.data().resolve(scale.name()), settings.catalog());
		Path work = settings.work().resolve(scale.name());
		discard(work, settings);
		Files.createDirectories(work);
		Path input = work.resolve("input");
		Path output = work.resolve("output");
		boolean full = scale.maxHeap() == null;
		int rounds = full ? Math.max(1, settings.rounds()) : 1;

		copyTree(data, input);
		// The floor is the best of five reads at least, at every scale (one more before each later round,
		// below): one read of the 10M set varied from 8.6 to 10.4 s in a day, the 1M set's from 1.06 to
		// 1.26 s within minutes, and every ratio of the scale divides by it.
		ReadFloor.Result floor = null;
		for (int read = 0; read < FIRST_FLOOR_READS; read++) {
			floor = readFloor(launch, input, work, floor);
		}
		System.out.printf("%n%s: %,d members, %,d data rows in %d roster files (%s)%n", scale.name(), scale.members(),
				floor.records() - files(input), files(input), data);
		System.out.printf("read floor (Commons CSV alone, fresh JVM, best of %d): %,d records in %.2f s, %,.0f rows/s%n",
				FIRST_FLOOR_READS, floor.records(), floor.seconds(), floor.records() / floor.seconds());
		System.out.printf("%-34s %7s %6s %7s %8s %8s %8s %8s %8s %8s %8s %12s %8s %10s %9s%n", "night", "wall", "×floor",
				"start", "catalog", "members", "intake", "ingest", "rosterRe", "credits", "reports", "ingest rows/s",
				"ingest×fl", "peak heap", "db size");

		Map<String, Night> best = new LinkedHashMap<>();
		Command statements = null;
		FixedCost fixed = null;
		for (int round = 1; round <= rounds; round++) {
			if (round > 1) {
				discard(input, settings);
				discard(output, settings);
				copyTree(data, input);
				// Read again before every round, so that a busy minute at the start (one run's five first
				// reads gave 3.36 s, the same day's other runs 2.28-2.53 s) does not flatter every ratio.
				floor = readFloor(launch, input, work, floor);
			}
			List<Night> nights = new ArrayList<>();
			nights.add(night(scale, launch, input, output, work, FIRST_NIGHT, NIGHTS.get(0)));
			nights.add(night(scale, launch, input, output, work, FIRST_NIGHT.plusDays(1), NIGHTS.get(1)));
			changeOneCertification(input.resolve("members/certifications.csv"));
			nights.add(night(scale, launch, input, output, work, FIRST_NIGHT.plusDays(2), NIGHTS.get(2)));
			correctOneRoster(input.resolve("rosters"));
			nights.add(night(scale, launch, input, output, work, FIRST_NIGHT.plusDays(3), NIGHTS.get(3)));
			for (Night night : nights) {
				print(night, floor, rounds > 1 ? " (round " + round + ")" : "");
				best.merge(night.label(), night, (a, b) -> a.wall().compareTo(b.wall()) <= 0 ? a : b);
			}
			if (full) {
				Command written = statements(launch, output, work, round);
				statements = (statements == null || written.wall().compareTo(statements.wall()) < 0) ? written : statements;
				FixedCost measured = FixedCost.measure(launch, input, output, work);
				fixed = (fixed == null) ? measured : fixed.best(measured);
			}
		}
		System.out.println("(credits marked c: verdicts carried over, nothing they depend on changed)");
		if (full) {
			// Not a target: what the first night costs without the JVM's start and warm-up, beside the best
			// first night in a fresh JVM, so that what a change buys can be placed.
			WarmNight warm = warmNight(launch, data, work, settings);
			Duration fresh = best.get(NIGHTS.get(0)).wall();
			System.out.printf("first night in a warm JVM (the last of %d in one JVM): %.1f s, %.1f× the floor; the best"
					+ " first night in a fresh JVM, %.1f s, spends %.1f s more starting and compiling%n", warm.nights(),
					seconds(warm.wall()), seconds(warm.wall()) / floor.seconds(), seconds(fresh),
					seconds(fresh) - seconds(warm.wall()));
		}
		System.out.printf("read floor, best of %d reads (%d before the first round, one before each other): %.2f s;"
				+ " the rows above divide by the best read before them, the targets below by this one%n",
				FIRST_FLOOR_READS + rounds - 1, FIRST_FLOOR_READS, floor.seconds());
		System.out.printf("targets (%s, best of %d round%s, each as a ratio to the read floor of %.2f s):%n", scale.name(),
				rounds, rounds == 1 ? "" : "s", floor.seconds());
		if (full) {
			Night first = best.get(NIGHTS.get(0));
			verdict("first night, end to end", first.wall(), floor, 6);
			verdict("night with nothing changed", best.get(NIGHTS.get(1)).wall(), floor, 1.5);
			verdict("night where everything is judged again", best.get(NIGHTS.get(2)).wall(), floor, 2.5);
			fixed.print();
			Duration credits = first.steps().steps().get("credits");
			System.out.printf("  %-40s %-7s %,d statements in %.1f s, peak heap %d MB; first night's credits step %.2f s"
					+ " (target ≤ 3× it: %.1f s)%n", "statement --renewing=" + RENEWING,
					seconds(statements.wall()) <= 3 * seconds(credits) ? "met" : "MISSED", statements.count(),
					seconds(statements.wall()), statements.peakHeap() >> 20, seconds(credits), 3 * seconds(credits));
		}
		else {
			Night first = best.get(NIGHTS.get(0));
			verdict("first night, end to end (-Xmx" + scale.maxHeap() + ", exit " + first.exitCode() + ")", first.wall(),
					floor, 6);
		}
	}

	/** A night as measured. */
	record Night(String label, int exitCode, Duration wall, StepTimes steps, long peakHeap, long databaseBytes) {
	}

	/** A command other than a night, as measured: its wall time, what it counted and its peak heap. */
	record Command(Duration wall, int count, long peakHeap) {
	}

	private static Night night(Scale scale, Launch launch, Path input, Path output, Path work, LocalDate date,
			String label) throws Exception {
		Path gcLog = work.resolve("gc-" + date + ".log");
		List<String> options = new ArrayList<>();
		if (scale.maxHeap() != null) {
			options.add("-Xmx" + scale.maxHeap());
		}
		options.add("-Xlog:gc:file=" + gcLog);
		long started = System.nanoTime();
		int exit = launch.run(options, List.of("run.date=" + date, "--input=" + input, "--output=" + output),
				work.resolve("night-" + date + ".log"));
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		if (exit != 0 && exit != 3) {
			throw new IllegalStateException("the night of " + date + " exited with " + exit + "; see "
					+ work.resolve("night-" + date + ".log"));
		}
		long databaseBytes = size(output.resolve("db"));
		return new Night(label, exit, wall, StepTimes.read(output), GcLog.peakHeapBytes(Files.readAllLines(gcLog)),
				databaseBytes);
	}

	/** First nights run one after another in one JVM ({@code bench warm}), with the night's JVM settings. */
	static final int WARM_NIGHTS = 3;

	/** The last of {@link #WARM_NIGHTS} first nights in one JVM, on a fresh copy of the scale's data. */
	private static WarmNight warmNight(Launch launch, Path data, Path work, Settings settings) throws Exception {
		Path input = work.resolve("warm-input");
		Path nights = work.resolve("warm");
		discard(input, settings);
		discard(nights, settings);
		copyTree(data, input);
		Path log = work.resolve("warm.log");
		List<String> printed = exec(launch, List.of(), List.of("bench", "warm", input.toString(), nights.toString(),
				String.valueOf(WARM_NIGHTS), FIRST_NIGHT.toString()), log, 0);
		// Exit status 0: every night ran and completed (bench warm stops at the first that does not).
		return WarmNight.last(printed)
			.orElseThrow(() -> new IllegalStateException("bench warm told of no night; see " + log));
	}

	/** The mailing season: the statements of every member renewing in {@link #RENEWING}, as the last night left them. */
	private static Command statements(Launch launch, Path output, Path work, int round) throws Exception {
		// A fresh folder each round: deleting the last round's 300 MB of pages just before would make the
		// file system's clean-up part of the measured run.
		Path folder = work.resolve("statements-" + round);
		Path gcLog = work.resolve("gc-statements.log");
		long started = System.nanoTime();
		List<String> printed = exec(launch, List.of("-Xlog:gc:file=" + gcLog),
				List.of("statement", "--renewing=" + RENEWING, "--to=" + folder, "--output=" + output),
				work.resolve("statements.log"), 0);
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		int count;
		try (Stream<Path> pages = Files.list(folder)) {
			count = (int) pages.filter(p -> p.getFileName().toString().endsWith(".html")).count();
		}
		if (printed.stream().noneMatch(line -> line.startsWith(count + " statements written"))) {
			throw new IllegalStateException("the statements command did not say it wrote " + count + "; see "
					+ work.resolve("statements.log"));
		}
		return new Command(wall, count, GcLog.peakHeapBytes(Files.readAllLines(gcLog)));
	}

	/**
	 * What every command pays before its work: {@code --help} (the JVM and the command line, no Spring
	 * context), {@code status} (the context and the database of the 1M set) and the organizer's
	 * {@code check} of a 1,000-row roster (no database), each the best of three.
	 */
	record FixedCost(Duration help, Duration status, Duration check) {

		static FixedCost measure(Launch launch, Path input, Path output, Path work) throws Exception {
			Path roster = work.resolve("check-1000.csv");
			writeFirstRows(input.resolve("rosters"), roster, 1000);
			Path log = work.resolve("fixed-cost.log");
			return new FixedCost(bestOfThree(launch, List.of("--help"), log, 0),
					bestOfThree(launch, List.of("status", "--output=" + output), log, 0),
					bestOfThree(launch, List.of("check", roster.toString(), "run.date=" + FIRST_NIGHT, "--input=" + input,
							"--to=" + work.resolve("check")), log, 3));
		}

		private static Duration bestOfThree(Launch launch, List<String> arguments, Path log, int expected)
				throws Exception {
			Duration best = null;
			for (int i = 0; i < 3; i++) {
				long started = System.nanoTime();
				int exit = launch.run(List.of(), arguments, log);
				Duration wall = Duration.ofNanos(System.nanoTime() - started);
				if (exit != 0 && exit != expected) {
					throw new IllegalStateException(arguments + " exited with " + exit + "; see " + log);
				}
				best = (best == null || wall.compareTo(best) < 0) ? wall : best;
			}
			return best;
		}

		FixedCost best(FixedCost other) {
			return new FixedCost(min(this.help, other.help), min(this.status, other.status), min(this.check, other.check));
		}

		void print() {
			double help = seconds(this.help);
			System.out.printf("  %-40s %-7s %.2f s, %.1f× --help (%.2f s; target ≤ 3×)%n", "status on the 1M database",
					seconds(this.status) <= 3 * help ? "met" : "MISSED", seconds(this.status), seconds(this.status) / help,
					help);
			System.out.printf("  %-40s %-7s %.2f s, %.1f× --help (target ≤ 3×)%n", "check of a 1,000-row roster",
					seconds(this.check) <= 3 * help ? "met" : "MISSED", seconds(this.check), seconds(this.check) / help);
		}

		private static Duration min(Duration a, Duration b) {
			return a.compareTo(b) <= 0 ? a : b;
		}

	}

	/** The header and the first data rows of the first UTF-8 roster with enough of them. */
	static void writeFirstRows(Path rosters, Path target, int rows) throws IOException {
		try (Stream<Path> files = Files.list(rosters)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("roster-")).sorted().toList()) {
				byte[] bytes = Files.readAllBytes(file);
				if (TextEncoding.detect(bytes).orElse(null) == StandardCharsets.UTF_8) {
					List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
					if (lines.size() > rows) {
						Files.write(target, lines.subList(0, rows + 1), StandardCharsets.UTF_8);
						return;
					}
				}
			}
		}
		throw new IllegalStateException("no UTF-8 roster of " + rows + " rows in " + rosters);
	}

	private static void print(Night night, ReadFloor.Result floor, String round) {
		StringBuilder line = new StringBuilder(String.format("%-34s %6.1fs %5.1f×", night.label() + round,
				seconds(night.wall()), seconds(night.wall()) / floor.seconds()));
		line.append(String.format(" %6.1fs", seconds(night.wall().minus(night.steps().total()))));
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
			line.append(String.format(" %,12.0f %7.1f×", night.steps().ingestedRows() / seconds(ingest),
					seconds(ingest) / floor.seconds()));
		}
		else {
			line.append(String.format(" %12s %8s", "-", "-"));
		}
		line.append(String.format(" %7d MB %6d MB", night.peakHeap() >> 20, night.databaseBytes() >> 20));
		System.out.println(line);
	}

	/** One more read of the floor in a fresh JVM; the better of it and the best so far. */
	private static ReadFloor.Result readFloor(Launch launch, Path input, Path work, ReadFloor.Result best)
			throws Exception {
		ReadFloor.Result measured = ReadFloor.Result.parse(lastLine(exec(launch, List.of(),
				List.of("bench", "floor", input.resolve("rosters").toString()), work.resolve("floor.log"), 0)));
		return (best == null || measured.nanos() < best.nanos()) ? measured : best;
	}

	private static void verdict(String what, Duration wall, ReadFloor.Result floor, double target) {
		double ratio = seconds(wall) / floor.seconds();
		System.out.printf("  %-40s %-7s %.1f s, %.1f× the floor (target ≤ %s×)%n", what, ratio <= target ? "met" : "MISSED",
				seconds(wall), ratio, (target == Math.rint(target)) ? Integer.toString((int) target) : Double.toString(target));
	}

	/** Changes the clinical units of the first board certification: the office's correction. */
	public static void changeOneCertification(Path certifications) throws IOException {
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

	private static List<String> exec(Launch launch, List<String> options, List<String> arguments, Path log,
			int expected) throws Exception {
		int exit = launch.run(options, arguments, log);
		if (exit != expected) {
			throw new IllegalStateException(String.join(" ", arguments) + " exited with " + exit + "; see " + log);
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
