package jp.or.jrs.renewal.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the first nights {@code bench warm} runs one after another in one JVM, as the line it prints and the
 * benchmark reads back: the later ones are what a first night costs once the JIT has compiled it.
 */
public record WarmNight(int night, int nights, long millis, int exitCode) {

	private static final Pattern LINE = Pattern
		.compile("bench warm: night (\\d+) of (\\d+) in one JVM: (\\d+) ms, exit (\\d+)");

	public String line() {
		return "bench warm: night " + this.night + " of " + this.nights + " in one JVM: " + this.millis + " ms, exit "
				+ this.exitCode;
	}

	Duration wall() {
		return Duration.ofMillis(this.millis);
	}

	/** The last night a log of {@code bench warm} tells of, if it tells of any. */
	static Optional<WarmNight> last(List<String> log) {
		WarmNight last = null;
		for (String line : log) {
			Matcher matcher = LINE.matcher(line);
			if (matcher.find()) {
				last = new WarmNight(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Long.parseLong(matcher.group(3)), Integer.parseInt(matcher.group(4)));
			}
		}
		return Optional.ofNullable(last);
	}

}
