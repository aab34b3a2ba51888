package jp.or.jrs.renewal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jp.or.jrs.renewal.cli.CommandLine;
import jp.or.jrs.renewal.cli.ExitCodes;

/**
 * The training run the build makes the JDK's AOT cache from ({@code target/app/renewal-credits.aot}, used by
 * {@code bin/renewal-credits}): in one JVM, what people run, on the shipped sample. The night into a fresh
 * output folder under the work folder, the same night again (nothing to do), then {@code status},
 * {@code ledger}, {@code statement}, an organizer's {@code check} and {@code --help}. The cache holds the
 * classes these loaded and linked and the profiles of the methods they ran, so every command starts from
 * there. Run from the project folder (the sample {@code input/} and {@code jobs/}); it writes only in the
 * work folder it is given, and exits non-zero if a command did not answer as it does on the sample.
 */
public final class AotTraining {

	private static final String DATE = "2026-11-24";

	private static final String MEMBER = "0010071";

	private AotTraining() {
	}

	public static void main(String[] args) throws IOException {
		Path work = Path.of(args.length > 0 ? args[0] : "target/aot-training").toAbsolutePath();
		delete(work);
		String output = "--output=" + work.resolve("output");
		List<String> failures = new ArrayList<>();
		expect(failures, ExitCodes.COMPLETED_WITH_REJECTS, "run.date=" + DATE, "--input=input", output);
		expect(failures, ExitCodes.NOTHING_TO_DO, "run.date=" + DATE, "--input=input", output);
		expect(failures, ExitCodes.COMPLETED, "status", output);
		expect(failures, ExitCodes.COMPLETED, "ledger", "--member=" + MEMBER, output);
		expect(failures, ExitCodes.COMPLETED, "statement", MEMBER, output, "--to=" + work.resolve("statements"));
		expect(failures, ExitCodes.COMPLETED, "statement", "--renewing=2027", output, "--to=" + work.resolve("statements"));
		expect(failures, ExitCodes.COMPLETED_WITH_REJECTS, "check", "input/rosters/organizer-mistakes.csv",
				"run.date=" + DATE, "--input=input", "--to=" + work.resolve("check"));
		expect(failures, ExitCodes.COMPLETED, "--help");
		if (!failures.isEmpty()) {
			System.err.println("AOT training: unexpected exit statuses: " + failures);
		}
		System.exit(failures.isEmpty() ? 0 : 1);
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
