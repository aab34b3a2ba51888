package jp.or.jrs.renewal.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as the input files write them. */
public final class Dates {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
		.withResolverStyle(ResolverStyle.STRICT);

	private Dates() {
	}

	/** {@code YYYY-MM-DD}, a real date. */
	public static Optional<LocalDate> iso(String text) {
		return parse(text, ISO);
	}

	/** {@code YYYY-MM-DD} or {@code YYYY/M/D} with one or two digits for month and day (rosters). */
	public static Optional<LocalDate> isoOrSlashed(String text) {
		return text.indexOf('/') >= 0 ? parse(text, SLASHED) : parse(text, ISO);
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
