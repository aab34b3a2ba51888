package jp.or.jrs.renewal.support;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 records and keeps, for each, the physical line where it starts (spec §3).
 * <p>
 * Why not hand the whole file to Commons CSV: once its parser meets a malformed record (a quote that
 * never closes, text after a closing quote) it cannot resume, and an organizer would learn nothing about
 * the rows after it. So this reader finds record boundaries itself (a line ends a record unless a quoted
 * field is still open), hands any record that contains a quote to Commons CSV, and reports a malformed
 * record as one row and carries on with the next line. A record without any quote is split on commas,
 * which is what RFC 4180 makes of it, at a fraction of the cost.
 * <p>
 * A quoted field may span at most {@link #MAX_RECORD_LINES} physical lines: one that is still open after
 * that is reported as a quote that never closes, so a single stray quote cannot swallow the rest of a
 * file.
 */
public final class LineNumberedCsvReader implements Closeable {

	public static final int MAX_RECORD_LINES = 50;

	private static final CSVFormat RFC4180 = CSVFormat.RFC4180;

	private final BufferedReader reader;

	/** Lines read ahead while looking for the end of a quoted field that turned out never to close. */
	private final Deque<String> pushedBack = new ArrayDeque<>();

	private int lineNumber;

	private boolean bomChecked;

	public LineNumberedCsvReader(BufferedReader reader) {
		this.reader = reader;
	}

	/** The next record whose cells are not all empty, or {@code null} at the end of the file. */
	public CsvRow nextNonBlank() {
		CsvRow row;
		do {
			row = next();
		}
		while (row != null && row.isBlank());
		return row;
	}

	/** The next record, blank or not, or {@code null} at the end of the file. */
	public CsvRow next() {
		String first = readLine();
		if (first == null) {
			return null;
		}
		int start = this.lineNumber;
		if (first.indexOf('"') < 0) {
			return CsvRow.wellFormed(start, first.split(",", -1));
		}
		if (!endsInsideQuotes(first, false)) {
			return parse(start, first);
		}
		StringBuilder record = new StringBuilder(first);
		Deque<String> continuation = new ArrayDeque<>();
		boolean open = true;
		while (open && continuation.size() < MAX_RECORD_LINES) {
			String line = readLine();
			if (line == null) {
				break;
			}
			continuation.add(line);
			record.append('\n').append(line);
			open = endsInsideQuotes(line, true);
		}
		if (!open) {
			return parse(start, record.toString());
		}
		// Resynchronise on the line after the one that opened the quote.
		this.lineNumber -= continuation.size();
		while (!continuation.isEmpty()) {
			this.pushedBack.push(continuation.removeLast());
		}
		return CsvRow.malformed(start, "a quoted field opened on this line never closes");
	}

	private CsvRow parse(int start, String record) {
		try (CSVParser parser = CSVParser.parse(record, RFC4180)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.size() != 1) {
				return CsvRow.malformed(start, "the line holds more than one record");
			}
			return CsvRow.wellFormed(start, records.get(0).values());
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return CsvRow.malformed(start, "text after a closing quote, or a quote inside an unquoted field: "
					+ "enclose the whole cell in quotes and double any quote inside it");
		}
	}

	/**
	 * Whether a quoted field is still open at the end of this line. A quote opens a field only at the
	 * start of a cell (Commons CSV reads a quote inside an unquoted cell as a character).
	 */
	private static boolean endsInsideQuotes(String line, boolean startsInsideQuotes) {
		boolean inQuotes = startsInsideQuotes;
		boolean cellStart = !startsInsideQuotes;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (inQuotes) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						i++;
					}
					else {
						inQuotes = false;
					}
				}
			}
			else if (c == '"' && cellStart) {
				inQuotes = true;
				cellStart = false;
			}
			else {
				cellStart = c == ',';
			}
		}
		return inQuotes;
	}

	private String readLine() {
		String line;
		if (!this.pushedBack.isEmpty()) {
			line = this.pushedBack.pop();
		}
		else {
			try {
				line = this.reader.readLine();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (line != null && !this.bomChecked) {
				this.bomChecked = true;
				if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
					line = line.substring(1);
				}
			}
		}
		if (line != null) {
			this.lineNumber++;
		}
		return line;
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
