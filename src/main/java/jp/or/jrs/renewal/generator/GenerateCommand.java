package jp.or.jrs.renewal.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate}: writes a generated input folder.
 * <pre>
 * java -jar renewal-credits.jar generate --to=DIR [--members=100] [--rows=10000] [--files=8]
 *     [--bad-share=0.005] [--seed=1] [--run-date=YYYY-MM-DD] [--all-certifications]
 *     [--catalog=input/catalog/accredited-meetings.md]
 * </pre>
 */
public final class GenerateCommand {

	private static final Set<String> OPTIONS = Set.of("to", "members", "rows", "files", "bad-share", "seed", "run-date",
			"all-certifications", "catalog");

	private GenerateCommand() {
	}

	/** Returns the exit status: 0, or 2 for bad usage. */
	public static int run(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			int eq = arg.indexOf('=');
			String key = arg.startsWith("--") ? arg.substring(2, (eq > 0) ? eq : arg.length()) : "";
			if (!OPTIONS.contains(key)) {
				System.err.println("generate: unknown argument '" + arg + "'; options: " + OPTIONS);
				return 2;
			}
			options.put(key, (eq > 0) ? arg.substring(eq + 1) : "true");
		}
		if (!options.containsKey("to")) {
			System.err.println("generate: say where with --to=DIR");
			return 2;
		}
		Path catalog = Path.of(options.getOrDefault("catalog", "input/catalog/accredited-meetings.md"));
		InputGenerator.Settings settings = new InputGenerator.Settings(
				Integer.parseInt(options.getOrDefault("members", "100")),
				Long.parseLong(options.getOrDefault("rows", "10000")),
				Integer.parseInt(options.getOrDefault("files", "8")),
				Double.parseDouble(options.getOrDefault("bad-share", "0.005")),
				Long.parseLong(options.getOrDefault("seed", "1")),
				LocalDate.parse(options.getOrDefault("run-date", LocalDate.now().toString())),
				options.containsKey("all-certifications"));
		long started = System.nanoTime();
		long rows = new InputGenerator(settings, Files.readAllLines(catalog, StandardCharsets.UTF_8))
			.writeTo(Path.of(options.get("to")), catalog);
		System.out.printf("generate: %d members, %d roster rows in up to %d files, in %s (%.1f s)%n", settings.members(),
				rows, settings.files(), options.get("to"), (System.nanoTime() - started) / 1e9);
		return 0;
	}

}
