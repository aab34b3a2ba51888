package jp.or.jrs.renewal.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates as the input files write them. Read by hand rather than with a formatter: a roster has a date
 * on every row, and java.time's patterns would also take more digits than the formats allow.
 */
public final class Dates {

	private Dates() {
	}

	/** {@code YYYY-MM-DD}, a real date. */
	public static Optional<LocalDate> iso(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return Optional.empty();
		}
		return date(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
	}

	/** {@code YYYY-MM-DD} or {@code YYYY/M/D} with one or two digits for month and day (rosters). */
	public static Optional<LocalDate> isoOrSlashed(String text) {
		int first = text.indexOf('/');
		if (first < 0) {
			return iso(text);
		}
		int second = text.indexOf('/', first + 1);
		if (first != 4 || second < 0 || second - first - 1 > 2 || text.length() - second - 1 > 2) {
			return Optional.empty();
		}
		return date(number(text, 0, 4), number(text, 5, second), number(text, second + 1, text.length()));
	}

	/** The number the digits from {@code start} to {@code end} write, or -1 if they are not all digits. */
	private static int number(String text, int start, int end) {
		if (start >= end) {
			return -1;
		}
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		if (year < 0 || month < 0 || day < 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
