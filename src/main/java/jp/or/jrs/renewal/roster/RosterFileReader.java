package jp.or.jrs.renewal.roster;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.TableHeader;

/**
 * Reads the data rows of one roster file (its spooled copy, in UTF-8 whatever the organizer sent). Not
 * thread-safe, like every file reader: the night scales by reading several files at once, one reader
 * each. On restart it skips the rows already committed.
 */
public class RosterFileReader extends AbstractItemCountingItemStreamItemReader<RosterRecord> {

	private final Path file;

	private final Charset charset;

	private final int fileId;

	private final String fileName;

	private final boolean superseded;

	private LineNumberedCsvReader reader;

	private TableHeader<RosterColumn> header;

	/**
	 * @param fileId the ledger's id of the file
	 * @param superseded a later night took this file over: this run reads nothing of it
	 */
	public RosterFileReader(Path file, Charset charset, int fileId, String fileName, boolean superseded) {
		this.file = file;
		this.charset = charset;
		this.fileId = fileId;
		this.fileName = fileName;
		this.superseded = superseded;
		setName("rosterFileReader");
	}

	@Override
	protected void doOpen() {
		if (this.superseded) {
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
	}

	@Override
	protected RosterRecord doRead() {
		if (this.superseded) {
			return null;
		}
		CsvRow row = this.reader.nextNonBlank();
		return (row != null) ? new RosterRecord(this.fileId, this.fileName, this.header, row) : null;
	}

	@Override
	protected void doClose() {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

}
