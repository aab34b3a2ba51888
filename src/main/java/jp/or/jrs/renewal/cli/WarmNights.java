package jp.or.jrs.renewal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jp.or.jrs.renewal.bench.WarmNight;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * {@code bench warm INPUT WORK NIGHTS RUN_DATE}: the first night on {@code INPUT}, {@code NIGHTS} times in this
 * one JVM, each into a fresh output folder under {@code WORK} ({@code night-1}, {@code night-2}…), with a line
 * saying how long each took. The benchmark runs it through the launcher, with the night's JVM settings: its
 * last night is what a first night costs once the JIT has compiled it and the heap has grown, so the
 * difference from a first night in a fresh JVM is what the JVM's start and warm-up cost the night.
 */
final class WarmNights {

	static final String MODE = "warm";

	private WarmNights() {
	}

	static boolean asked(Invocation invocation) {
		return invocation.command() == Command.BENCH && !invocation.operands().isEmpty()
				&& invocation.operands().get(0).equals(MODE);
	}

	static int run(Class<?>[] sources, Invocation invocation) {
		List<String> operands = invocation.operands();
		if (operands.size() != 5) {
			throw new RefusedException("bench warm needs INPUT WORK NIGHTS RUN_DATE, e.g. bench warm bench/work/1m/input"
					+ " bench/work/1m/warm 3 2026-11-24");
		}
		Path input = Path.of(operands.get(1));
		Path work = Path.of(operands.get(2));
		int nights = count(operands.get(3));
		String runDate = date(operands.get(4));
		for (int night = 1; night <= nights; night++) {
			// Each must be a first night: an output folder a run left would make it a night with nothing new.
			if (Files.exists(work.resolve("night-" + night))) {
				throw new RefusedException("bench warm: " + work.resolve("night-" + night) + " exists; give a WORK"
						+ " folder without night-1 … night-" + nights + " in it");
			}
		}
		for (int night = 1; night <= nights; night++) {
			String[] args = { "run.date=" + runDate, "--input=" + input, "--output=" + work.resolve("night-" + night) };
			long start = System.nanoTime();
			int exit = CommandLine.run(sources, args);
			System.out.println(new WarmNight(night, nights, (System.nanoTime() - start) / 1_000_000, exit).line());
			if (exit != ExitCodes.COMPLETED && exit != ExitCodes.COMPLETED_WITH_REJECTS) {
				return exit;
			}
		}
		return ExitCodes.COMPLETED;
	}

	private static int count(String text) {
		try {
			int nights = Integer.parseInt(text);
			if (nights >= 1) {
				return nights;
			}
		}
		catch (NumberFormatException ex) {
			// Refused below, with what would be right.
		}
		throw new RefusedException("bench warm: NIGHTS must be a whole number from 1, not '" + text + "'");
	}

	private static String date(String text) {
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("bench warm: RUN_DATE must be a date like 2026-11-24, not '" + text + "'");
		}
	}

}
