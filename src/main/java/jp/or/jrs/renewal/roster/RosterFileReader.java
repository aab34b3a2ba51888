package jp.or.jrs.renewal.roster;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.TableHeader;

/**
 * Reads the data rows of one roster file (its spooled copy, in UTF-8 whatever the organizer sent), a chunk's
 * rows at a time: each read is one item of the ingestion, so Spring Batch's work for an item (its listeners,
 * events and observations) is done once a chunk instead of twice a row, a tenth of the ingestion's processor
 * time in a profile of the 1M-row night ({@code bench/RESULTS.md}). A chunk is still the same rows in one
 * transaction. Not thread-safe, like every file reader: the night scales by reading several files at once,
 * one reader each. On restart it skips the rows already committed, which it keeps as the reader of one row at
 * a time did (a night failed on an older build resumes where it stopped).
 */
public class RosterFileReader implements ItemStreamReader<List<RosterRecord>> {

	/** The rows read of committed chunks, under the key Spring Batch's item-counting reader used. */
	static final String ROWS_READ = "rosterFileReader.read.count";

	private final Path file;

	private final Charset charset;

	private final int fileId;

	private final String fileName;

	private final boolean superseded;

	private final int rowsPerRead;

	private LineNumberedCsvReader reader;

	private TableHeader<RosterColumn> header;

	private int rowsRead;

	/**
	 * @param fileId the ledger's id of the file
	 * @param superseded a later night took this file over: this run reads nothing of it
	 * @param rowsPerRead the rows of one chunk
	 */
	public RosterFileReader(Path file, Charset charset, int fileId, String fileName, boolean superseded,
			int rowsPerRead) {
		if (rowsPerRead < 1) {
			throw new IllegalArgumentException("rowsPerRead is " + rowsPerRead);
		}
		this.file = file;
		this.charset = charset;
		this.fileId = fileId;
		this.fileName = fileName;
		this.superseded = superseded;
		this.rowsPerRead = rowsPerRead;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		int committed = executionContext.getInt(ROWS_READ, 0);
		if (this.superseded) {
			// Kept as it was, though nothing is read: the file's step saves it again as it ends.
			this.rowsRead = committed;
			return;
		}
		this.reader = InputFiles.open(this.file, this.charset);
		CsvRow headerRow = this.reader.nextNonBlank();
		TableHeader.Parsed<RosterColumn> parsed = (headerRow == null || headerRow.isMalformed()) ? null
				: TableHeader.parse(headerRow.cells(), RosterColumn.class);
		if (parsed == null || parsed.header() == null) {
			throw new IllegalStateException(this.file + " has no usable header, yet the intake accepted it");
		}
		this.header = parsed.header();
		this.rowsRead = 0;
		while (this.rowsRead < committed && this.reader.nextNonBlank() != null) {
			this.rowsRead++;
		}
	}

	/** The next chunk's rows, or {@code null} when the file has no more. */
	@Override
	public List<RosterRecord> read() {
		if (this.superseded) {
			return null;
		}
		List<RosterRecord> rows = new ArrayList<>(this.rowsPerRead);
		for (CsvRow row = this.reader.nextNonBlank(); row != null; row = this.reader.nextNonBlank()) {
			rows.add(new RosterRecord(this.fileId, this.fileName, this.header, row));
			if (rows.size() == this.rowsPerRead) {
				break;
			}
		}
		this.rowsRead += rows.size();
		return rows.isEmpty() ? null : rows;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(ROWS_READ, this.rowsRead);
	}

	@Override
	public void close() {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

}
