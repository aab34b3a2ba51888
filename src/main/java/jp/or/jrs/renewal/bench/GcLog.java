package jp.or.jrs.renewal.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the peak heap of a run from its {@code -Xlog:gc} log: the largest heap in use before a
 * collection (and at the end) is the most the run held between collections.
 */
final class GcLog {

	/** {@code 585M->101M(836M)}: in use before, after, and the heap's size. */
	private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private GcLog() {
	}

	/** The peak heap in use, in bytes; 0 when the log has no collection. */
	static long peakHeapBytes(List<String> lines) {
		long peak = 0;
		for (String line : lines) {
			Matcher sizes = SIZES.matcher(line);
			if (sizes.find()) {
				peak = Math.max(peak, bytes(sizes.group(1), sizes.group(2)));
			}
		}
		return peak;
	}

	private static long bytes(String number, String unit) {
		long value = Long.parseLong(number);
		return switch (unit) {
			case "K" -> value << 10;
			case "M" -> value << 20;
			default -> value << 30;
		};
	}

}
