package jp.or.jrs.renewal.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jp.or.jrs.renewal.bench.Benchmark;

/**
 * {@code bench}: the benchmark ({@code bench/run}). {@code bench floor DIR} is its own measurement of the
 * read floor, run by the benchmark in a fresh JVM; {@code bench warm …} runs the first night several times in
 * one JVM ({@link WarmNights}, started by {@code CommandLine}, which has the application's sources).
 */
class BenchCommand implements CommandHandler {

	@Override
	public int run(Invocation invocation) throws Exception {
		if (invocation.operands().size() == 2 && invocation.operands().get(0).equals("floor")) {
			Benchmark.printFloor(Path.of(invocation.operands().get(1)));
			return ExitCodes.COMPLETED;
		}
		invocation.noOperands();
		Benchmark.Settings defaults = Benchmark.Settings.DEFAULTS;
		List<String> scales = invocation.option("scales").map(s -> Arrays.asList(s.split(",")))
			.orElse(defaults.scales());
		// A named jar is run with java -jar (to compare builds); otherwise the launcher, as users run it.
		Path launcher = invocation.option("jar").isPresent() ? null
				: invocation.path("launcher", defaults.launcher().toString());
		Benchmark.run(new Benchmark.Settings(scales, invocation.path("data", defaults.data().toString()),
				invocation.path("work", defaults.work().toString()), invocation.path("jar", defaults.jar().toString()),
				launcher, invocation.path("catalog", defaults.catalog().toString()),
				invocation.option("rounds", Integer.class).orElse(defaults.rounds())));
		return ExitCodes.COMPLETED;
	}

}
