package jp.or.jrs.renewal.catalog;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.RenewalProperties;

/**
 * The catalog as the input folder publishes it: the table parsed and the office's corrections applied,
 * before the catalog store gives the meetings their ids. The night stores it; an organizer's check and
 * the rule files' check read it without a database.
 *
 * @param meetings the meetings in published order, without ids
 * @param corrections the corrections applied
 */
public record PublishedCatalog(List<Meeting> meetings, CatalogCorrections corrections) {

	public PublishedCatalog {
		// The last catalog read is shared by every later read of the same bytes.
		meetings = List.copyOf(meetings);
	}

	/**
	 * The last catalog read and the bytes it was read from. A night reads the catalog twice: its rule files
	 * are checked against it before the job starts, and its catalog step loads it. The second read finds the
	 * same bytes and takes the meetings already parsed (a cold parse is a tenth of a quiet night's catalog step).
	 */
	private static volatile LastRead lastRead;

	private record LastRead(Path table, byte[] tableBytes, Path correctionsFile, byte[] correctionsBytes,
			PublishedCatalog catalog) {

		boolean readFrom(Path table, byte[] tableBytes, Path correctionsFile, byte[] correctionsBytes) {
			return this.table.equals(table) && this.correctionsFile.equals(correctionsFile)
					&& Arrays.equals(this.tableBytes, tableBytes) && Arrays.equals(this.correctionsBytes, correctionsBytes);
		}

	}

	/** Reads the published table and its corrections; a table that is missing or does not read stops. */
	public static PublishedCatalog read(Path table, Path correctionsFile) {
		if (!Files.isRegularFile(table)) {
			throw new InputFileException("the published catalog " + table + " is missing; give the input folder with "
					+ "--input=DIR");
		}
		byte[] tableBytes = bytesOf(table);
		byte[] correctionsBytes = CatalogCorrections.bytesOf(correctionsFile);
		LastRead last = lastRead;
		if (last != null && last.readFrom(table, tableBytes, correctionsFile, correctionsBytes)) {
			return last.catalog();
		}
		List<Meeting> parsed;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(tableBytes), StandardCharsets.UTF_8.newDecoder()))) {
			// As Files.readAllLines reads them: a byte that is not UTF-8 stops the read.
			parsed = new PublishedTableParser().parse(lines.lines().toList());
		}
		catch (CatalogFormatException ex) {
			throw new InputFileException(table + ": " + ex.getMessage());
		}
		catch (IOException | UncheckedIOException ex) {
			throw new UncheckedIOException("Cannot read " + table,
					(ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : (IOException) ex);
		}
		CatalogCorrections corrections = CatalogCorrections.parse(correctionsFile, correctionsBytes);
		PublishedCatalog catalog = new PublishedCatalog(corrections.applyTo(parsed), corrections);
		lastRead = new LastRead(table, tableBytes, correctionsFile, correctionsBytes, catalog);
		return catalog;
	}

	private static byte[] bytesOf(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	public static PublishedCatalog read(RenewalProperties properties) {
		return read(properties.catalogFile(), properties.catalogCorrections());
	}

	/**
	 * The meetings the night will load, if the table reads: for checks made before the night starts (the
	 * catalog step itself reports a table that does not read).
	 */
	public static Optional<List<Meeting>> readIfPresent(RenewalProperties properties) {
		try {
			return Optional.of(read(properties).meetings());
		}
		catch (InputFileException | UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The meetings with ids by published position ({@code M0001} the first): for a check that needs no
	 * stable ids, since nothing it finds is stored.
	 */
	public List<Meeting> withProvisionalIds() {
		List<Meeting> numbered = new ArrayList<>(this.meetings.size());
		for (int i = 0; i < this.meetings.size(); i++) {
			numbered.add(this.meetings.get(i).withId(MeetingId.of(i + 1)));
		}
		return numbered;
	}

}
