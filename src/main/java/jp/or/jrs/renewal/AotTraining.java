package jp.or.jrs.renewal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jp.or.jrs.renewal.bench.Benchmark;
import jp.or.jrs.renewal.cli.CommandLine;
import jp.or.jrs.renewal.cli.ExitCodes;

/**
 * The training run the build makes the JDK's AOT cache from ({@code target/app/renewal-credits.aot}, used by
 * {@code bin/renewal-credits}): in one JVM, what people run, on the shipped sample. The night into a fresh
 * output folder under the work folder, the same night again (nothing to do), the next night on the same files
 * (nothing changed: the members replayed, the verdicts carried over), then {@code status},
 * {@code ledger}, {@code statement}, an organizer's {@code check} and {@code --help}. The cache holds the
 * classes these loaded and linked and the profiles of the methods they ran, so every command starts from
 * there. Last, a generated night of 100,000 rows: the sample's few dozen rows leave the night's hot loops
 * (reading, checking and packing rows, judging members) with thin profiles, and a first 1M night compiled
 * from those took 10-15 % longer; and the night after it there, one certification changed, which judges
 * every member again from the stored ledger (a first 1M night's credits step 1.9-2.0 -> 1.5-1.6 s). Run from
 * the project folder (the sample {@code input/} and {@code jobs/}); it writes in the work folder it is given,
 * and {@value #TRAINED_IN} beside its jar, and exits non-zero if a command did not answer as it does on the
 * sample.
 */
public final class AotTraining {

	private static final String DATE = "2026-11-24";

	/**
	 * The night after: on the sample's same files, the night that finds nothing changed, the most frequent
	 * one; on the generated set, one certification changed.
	 */
	private static final String NEXT_DAY = "2026-11-25";

	private static final String MEMBER = "0010071";

	/** The file beside the trained jar that names its folder. */
	static final String TRAINED_IN = "trained-in";

	private AotTraining() {
	}

	public static void main(String[] args) throws IOException {
		Path work = Path.of(args.length > 0 ? args[0] : "target/aot-training").toAbsolutePath();
		delete(work);
		String output = "--output=" + work.resolve("output");
		List<String> failures = new ArrayList<>();
		expect(failures, ExitCodes.COMPLETED_WITH_REJECTS, "run.date=" + DATE, "--input=input", output);
		expect(failures, ExitCodes.NOTHING_TO_DO, "run.date=" + DATE, "--input=input", output);
		expect(failures, ExitCodes.COMPLETED, "run.date=" + NEXT_DAY, "--input=input", output);
		expect(failures, ExitCodes.COMPLETED, "status", output);
		expect(failures, ExitCodes.COMPLETED, "ledger", "--member=" + MEMBER, output);
		expect(failures, ExitCodes.COMPLETED, "statement", MEMBER, output, "--to=" + work.resolve("statements"));
		expect(failures, ExitCodes.COMPLETED, "statement", "--renewing=2027", output, "--to=" + work.resolve("statements"));
		expect(failures, ExitCodes.COMPLETED_WITH_REJECTS, "check", "input/rosters/organizer-mistakes.csv",
				"run.date=" + DATE, "--input=input", "--to=" + work.resolve("check"));
		expect(failures, ExitCodes.COMPLETED, "--help");
		// A night of a real size's shape, so the profiles the cache keeps are those of the night's hot loops
		// (reading, checking and packing rows; judging members) and not of a few dozen sample rows.
		Path generated = work.resolve("generated");
		expect(failures, ExitCodes.COMPLETED, "generate", "--to=" + generated, "--members=2000", "--rows=100000",
				"--files=16", "--run-date=" + DATE);
		expect(failures, ExitCodes.COMPLETED_WITH_REJECTS, "run.date=" + DATE, "--input=" + generated,
				"--output=" + work.resolve("generated-output"));
		// The next night there, one certification changed: every member judged again from the stored ledger.
		Benchmark.changeOneCertification(generated.resolve("members/certifications.csv"));
		expect(failures, ExitCodes.COMPLETED, "run.date=" + NEXT_DAY, "--input=" + generated,
				"--output=" + work.resolve("generated-output"));
		if (!failures.isEmpty()) {
			System.err.println("AOT training: unexpected exit statuses: " + failures);
		}
		recordWhereTrained();
		System.exit(failures.isEmpty() ? 0 : 1);
	}

	/**
	 * Writes the folder of the jar the cache is made for ({@value #TRAINED_IN}, beside it): the launcher uses
	 * the cache only there. JDK 25 maps a cache for a jar that has moved (a copied project), but then defines
	 * the cached classes' packages from the old place, and the first class of HSQLDB's sealed jar loaded from
	 * the new place fails with "sealing violation" in the middle of a night (JDK-8376576 and its kin).
	 */
	private static void recordWhereTrained() throws IOException {
		try {
			Path jar = Path.of(AotTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isRegularFile(jar)) {
				Path folder = jar.getParent().toRealPath();
				Files.writeString(folder.resolve(TRAINED_IN), folder + "\n", StandardCharsets.UTF_8);
			}
		}
		catch (URISyntaxException ex) {
			throw new IOException(ex);
		}
	}

	private static void expect(List<String> failures, int status, String... args) {
		long start = System.nanoTime();
		RenewalCreditsApplication.useBuildTimeContext(args);
		int exit = CommandLine.run(RenewalCreditsApplication.class, args);
		System.err.printf("AOT training: %s -> %d in %d ms%n", String.join(" ", args), exit,
				(System.nanoTime() - start) / 1_000_000);
		if (exit != status) {
			failures.add(String.join(" ", args) + " -> " + exit + " (expected " + status + ")");
		}
	}

	private static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
