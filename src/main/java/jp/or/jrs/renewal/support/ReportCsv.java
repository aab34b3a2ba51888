package jp.or.jrs.renewal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * Every CSV the job writes goes through here, because they are opened in Excel (spec §5): a cell that
 * starts with {@code = + - @}, a tab or a carriage return and is not a number gets a leading {@code '},
 * so Excel shows it as text instead of running it as a formula, whatever the organizer sent.
 */
public final class ReportCsv {

	/** UTF-8, LF line ends, quotes only where needed. */
	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private ReportCsv() {
	}

	public static String safe(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return (risky && !NUMBER.matcher(text).matches()) ? "'" + text : text;
	}

	/** One line of CSV (with its line end) with every cell made safe. */
	public static String line(Object... cells) {
		return append(new StringBuilder(16 * cells.length), cells).toString();
	}

	/**
	 * Appends one line of CSV (with its line end), every cell made safe, to {@code out}: for the files of a
	 * hundred thousand lines a night, written a member's lines at a time without a string per line.
	 */
	public static StringBuilder append(StringBuilder out, Object... cells) {
		try {
			for (int i = 0; i < cells.length; i++) {
				FORMAT.print(safe(cells[i]), out, i == 0);
			}
			FORMAT.println(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * Writes a whole report to a temporary name beside {@code target} and renames it when complete, so
	 * nobody ever opens half a report.
	 */
	public static void write(Path target, String[] header, Iterable<Object[]> rows) {
		AtomicFiles.write(target, writer -> {
			writer.write(line((Object[]) header));
			for (Object[] row : rows) {
				writer.write(line(row));
			}
		});
	}

}
