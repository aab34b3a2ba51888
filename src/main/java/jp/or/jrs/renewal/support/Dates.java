package jp.or.jrs.renewal.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as the input files write them. */
public final class Dates {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
		.withResolverStyle(ResolverStyle.STRICT);

	/** java.time reads any number of digits for M and d; the formats allow exactly these. */
	private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SLASHED_SHAPE = Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}");

	private Dates() {
	}

	/** {@code YYYY-MM-DD}, a real date. */
	public static Optional<LocalDate> iso(String text) {
		return ISO_SHAPE.matcher(text).matches() ? parse(text, ISO) : Optional.empty();
	}

	/** {@code YYYY-MM-DD} or {@code YYYY/M/D} with one or two digits for month and day (rosters). */
	public static Optional<LocalDate> isoOrSlashed(String text) {
		return SLASHED_SHAPE.matcher(text).matches() ? parse(text, SLASHED) : iso(text);
	}

	private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
		try {
			return Optional.of(LocalDate.parse(text, format));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
