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
 * the rows after it; and it accepts spaces after a closing quote, which RFC 4180 does not. So this reader
 * finds record boundaries and checks the quoting itself (a line ends a record unless a quoted field is
 * still open), hands well-formed records that contain a quote to Commons CSV to split, reports a
 * malformed record as one row and carries on with the next line. A record without any quote is split on
 * commas, which is what RFC 4180 makes of it, at a fraction of the cost.
 * <p>
 * A quoted field may span at most {@link #MAX_RECORD_LINES} physical lines: one still open after that
 * is reported as a quote that never closes, so a single stray quote cannot swallow the rest of a file.
 */
public final class LineNumberedCsvReader implements Closeable {

	public static final int MAX_RECORD_LINES = 1000;

	private static final CSVFormat RFC4180 = CSVFormat.RFC4180;

	private final BufferedReader reader;

	/** Lines read ahead while looking for the end of a quoted field that turned out never to close. */
	private final Deque<String> pushedBack = new ArrayDeque<>();

	private int lineNumber;

	/** The cells of the last line split on commas. */
	private String[] above = new String[0];

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
			return CsvRow.wellFormed(start, splitOnCommas(first));
		}
		Quoting quoting = new Quoting();
		quoting.scan(first);
		if (!quoting.inQuotes) {
			return parse(start, first, quoting);
		}
		StringBuilder record = new StringBuilder(first);
		Deque<String> continuation = new ArrayDeque<>();
		while (quoting.inQuotes && continuation.size() < MAX_RECORD_LINES) {
			String line = readLine();
			if (line == null) {
				break;
			}
			continuation.add(line);
			record.append('\n').append(line);
			quoting.scan("\n");
			quoting.scan(line);
		}
		if (!quoting.inQuotes) {
			return parse(start, record.toString(), quoting);
		}
		// Resynchronise on the line after the one that opened the quote.
		this.lineNumber -= continuation.size();
		while (!continuation.isEmpty()) {
			this.pushedBack.push(continuation.removeLast());
		}
		return CsvRow.malformed(start, new Message(
				"この行で始まる引用符(\")が閉じていません。引用符を閉じ、セルの中の引用符は2つ重ねて(\"\")書いてください",
				"a quoted cell opened on this line never closes: close the quote, and double any quote inside the "
						+ "cell (\"\")"));
	}

	/**
	 * A line without quotes: its cells are what lies between commas. A cell equal to the one above it (a
	 * roster repeats its meeting, date, credit type and topic on row after row) is that cell's string again:
	 * half the cells of a roster need no string of their own, and the checks that look them up find their
	 * hash already computed.
	 */
	private String[] splitOnCommas(String line) {
		int cells = 1;
		for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
			cells++;
		}
		String[] above = this.above;
		String[] split = new String[cells];
		int from = 0;
		for (int cell = 0; cell < cells; cell++) {
			int comma = (cell < cells - 1) ? line.indexOf(',', from) : line.length();
			String same = (cell < above.length) ? above[cell] : null;
			boolean repeated = same != null && same.length() == comma - from
					&& line.regionMatches(from, same, 0, same.length());
			split[cell] = repeated ? same : line.substring(from, comma);
			from = comma + 1;
		}
		this.above = split;
		return split;
	}

	private static CsvRow parse(int start, String record, Quoting quoting) {
		if (quoting.problem != null) {
			return CsvRow.malformed(start, quoting.problem);
		}
		try (CSVParser parser = CSVParser.parse(record, RFC4180)) {
			List<CSVRecord> records = parser.getRecords();
			return CsvRow.wellFormed(start, records.get(0).values());
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return CsvRow.malformed(start, new Message("CSVの形式が正しくありません: " + ex.getMessage(),
					"not well-formed CSV: " + ex.getMessage()));
		}
	}

	/**
	 * The quoting of a record as RFC 4180 allows it: a quote opens a cell only at its start, a quote
	 * inside a quoted cell is doubled, and a closing quote is followed by a comma or the end of the record.
	 */
	private static final class Quoting {

		boolean inQuotes;

		boolean cellStart = true;

		boolean afterClosingQuote;

		Message problem;

		void scan(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (this.inQuotes) {
					if (c == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							i++;
						}
						else {
							this.inQuotes = false;
							this.afterClosingQuote = true;
						}
					}
					continue;
				}
				if (c == ',') {
					this.cellStart = true;
					this.afterClosingQuote = false;
					continue;
				}
				if (this.afterClosingQuote) {
					String after = text.substring(i, Math.min(text.length(), i + 10));
					fail(new Message("閉じ引用符の後に文字があります(\"" + after
							+ "…\")。引用符で囲んだセルは閉じ引用符で終わります。セル全体を引用符の中に入れてください",
							"text after a closing quote (\"" + after + "…\"): a quoted cell ends at its closing quote; put "
									+ "the whole cell inside the quotes"));
				}
				else if (c == '"') {
					if (this.cellStart) {
						this.inQuotes = true;
					}
					else {
						fail(new Message("引用符で始まらないセルの中に引用符があります。セル全体を引用符で囲み、中の引用符は2つ重ねて"
								+ "(\"\")書いてください", "a quote inside a cell that does not start with one: enclose the cell in "
										+ "quotes and double the quote (\"\")"));
					}
				}
				this.cellStart = false;
			}
		}

		private void fail(Message problem) {
			if (this.problem == null) {
				this.problem = problem;
			}
		}

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
