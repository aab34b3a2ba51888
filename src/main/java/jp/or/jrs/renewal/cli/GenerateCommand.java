package jp.or.jrs.renewal.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jp.or.jrs.renewal.generator.InputGenerator;
import jp.or.jrs.renewal.support.RefusedException;

/** {@code generate}: writes a realistic input folder for trials and benchmarks. */
class GenerateCommand implements CommandHandler {

	@Override
	public int run(Invocation invocation) throws Exception {
		invocation.noOperands();
		Path to = invocation.option("to").map(Path::of)
			.orElseThrow(() -> new RefusedException("generate needs where to write: --to=DIR"));
		Path catalog = invocation.path("catalog", "input/catalog/accredited-meetings.md");
		InputGenerator.Settings settings = new InputGenerator.Settings(
				invocation.option("members", Integer.class).orElse(100),
				invocation.option("rows", Long.class).orElse(10_000L),
				invocation.option("files", Integer.class).orElse(8),
				invocation.option("bad-share", Double.class).orElse(0.005),
				invocation.option("seed", Long.class).orElse(1L),
				invocation.option("run-date", LocalDate.class).orElse(LocalDate.now()),
				invocation.flag("all-certifications"));
		long started = System.nanoTime();
		long rows = new InputGenerator(settings, Files.readAllLines(catalog, StandardCharsets.UTF_8)).writeTo(to,
				catalog);
		System.out.printf("generate: %d members, %d roster rows in up to %d files, in %s (%.1f s)%n",
				settings.members(), rows, settings.files(), to, (System.nanoTime() - started) / 1e9);
		return ExitCodes.COMPLETED;
	}

}
