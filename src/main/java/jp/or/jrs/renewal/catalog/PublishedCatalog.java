package jp.or.jrs.renewal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	/** Reads the published table and its corrections; a table that is missing or does not read stops. */
	public static PublishedCatalog read(Path table, Path correctionsFile) {
		if (!Files.isRegularFile(table)) {
			throw new InputFileException("the published catalog " + table + " is missing; give the input folder with "
					+ "--input=DIR");
		}
		List<Meeting> parsed;
		try {
			parsed = new PublishedTableParser().parse(Files.readAllLines(table, StandardCharsets.UTF_8));
		}
		catch (CatalogFormatException ex) {
			throw new InputFileException(table + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + table, ex);
		}
		CatalogCorrections corrections = CatalogCorrections.read(correctionsFile);
		return new PublishedCatalog(corrections.applyTo(parsed), corrections);
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
