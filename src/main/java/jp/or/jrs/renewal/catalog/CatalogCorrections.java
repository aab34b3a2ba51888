package jp.or.jrs.renewal.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.or.jrs.renewal.support.NameKey;

/**
 * The short, explicit list of corrections to the published table, for what its text says in a way no
 * general rule reads (spec §2). Kept in {@code jobs/catalog-corrections.csv}, applied after parsing, and
 * listed in the run summary. Columns: {@code meeting} (the current name as parsed), {@code field},
 * {@code value}, {@code reason}; lines starting with {@code #} are comments.
 */
public final class CatalogCorrections {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	/** One correction and the line of the corrections file it comes from. */
	public record Correction(long line, String meeting, Field field, String value, String reason) {

		public String describe() {
			return this.meeting + ": " + this.field.column + " = " + this.value
					+ (this.reason.isEmpty() ? "" : " (" + this.reason + ")");
		}

	}

	/** The fields a correction may set. */
	public enum Field {

		NAME("name"), FORMER_NAMES("former_names"), ADD_FORMER_NAME("add_former_name"),
		REMOVE_FORMER_NAME("remove_former_name"), GROUP("group"), SOCIETY_REQUIRED("society_required"),
		SOCIETY_UNITS("society_units"), BOARD_UNITS("board_units"), LECTURE_CAP("lecture_cap");

		final String column;

		Field(String column) {
			this.column = column;
		}

		static Field of(String column, long line) {
			return Arrays.stream(values())
				.filter(field -> field.column.equals(column))
				.findFirst()
				.orElseThrow(() -> new CatalogFormatException("catalog corrections line " + line + ": unknown field '"
						+ column + "'; use one of " + Arrays.stream(values()).map(f -> f.column).toList()));
		}

	}

	private final List<Correction> corrections;

	public CatalogCorrections(List<Correction> corrections) {
		this.corrections = List.copyOf(corrections);
	}

	public static CatalogCorrections none() {
		return new CatalogCorrections(List.of());
	}

	public static CatalogCorrections read(Path file) {
		return parse(file, bytesOf(file));
	}

	/** The bytes of a corrections file, or {@code null} when there is none (no corrections). */
	static byte[] bytesOf(Path file) {
		if (!Files.exists(file)) {
			return null;
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * Reads the corrections from the bytes of {@code file} ({@link #bytesOf}), as {@link #read} reads them from
	 * the file: none when there is no file.
	 */
	static CatalogCorrections parse(Path file, byte[] bytes) {
		if (bytes == null) {
			return none();
		}
		List<Correction> corrections = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
				CSVParser parser = FORMAT.parse(reader)) {
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				corrections.add(new Correction(line, record.get("meeting"), Field.of(record.get("field"), line),
						record.get("value"), record.isSet("reason") ? record.get("reason") : ""));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new CatalogFormatException(file + ": " + ex.getMessage());
		}
		return new CatalogCorrections(corrections);
	}

	public List<Correction> corrections() {
		return this.corrections;
	}

	public List<Meeting> applyTo(List<Meeting> meetings) {
		List<Meeting> corrected = new ArrayList<>(meetings);
		for (Correction correction : this.corrections) {
			String key = NameKey.of(correction.meeting());
			int index = -1;
			for (int i = 0; i < corrected.size(); i++) {
				if (NameKey.of(corrected.get(i).name()).equals(key)) {
					index = i;
				}
			}
			if (index < 0) {
				throw new CatalogFormatException("catalog corrections line " + correction.line()
						+ ": the published table has no meeting named '" + correction.meeting() + "'");
			}
			corrected.set(index, apply(corrected.get(index), correction));
		}
		return corrected;
	}

	private static Meeting apply(Meeting m, Correction c) {
		String v = c.value();
		List<String> formers = new ArrayList<>(m.formerNames());
		return switch (c.field()) {
			case NAME -> new Meeting(m.id(), m.category(), m.group(), v, m.formerNames(), m.societyRequired(),
					m.societyUnits(), m.boardUnits(), m.lectureCap(), m.sourceLine());
			case FORMER_NAMES -> m.withFormerNames(v.isBlank() ? List.of() : List.of(v.split("\\|")));
			case ADD_FORMER_NAME -> {
				formers.add(v);
				yield m.withFormerNames(formers);
			}
			case REMOVE_FORMER_NAME -> {
				formers.removeIf(former -> NameKey.of(former).equals(NameKey.of(v)));
				yield m.withFormerNames(formers);
			}
			case GROUP -> new Meeting(m.id(), m.category(), v, m.name(), m.formerNames(), m.societyRequired(),
					m.societyUnits(), m.boardUnits(), m.lectureCap(), m.sourceLine());
			case SOCIETY_REQUIRED -> new Meeting(m.id(), m.category(), m.group(), m.name(), m.formerNames(),
					Boolean.parseBoolean(v), m.societyUnits(), m.boardUnits(), m.lectureCap(), m.sourceLine());
			case SOCIETY_UNITS -> new Meeting(m.id(), m.category(), m.group(), m.name(), m.formerNames(),
					m.societyRequired(), v.isBlank() ? null : number(c), m.boardUnits(), m.lectureCap(),
					m.sourceLine());
			case BOARD_UNITS -> new Meeting(m.id(), m.category(), m.group(), m.name(), m.formerNames(),
					m.societyRequired(), m.societyUnits(), number(c), m.lectureCap(), m.sourceLine());
			case LECTURE_CAP -> new Meeting(m.id(), m.category(), m.group(), m.name(), m.formerNames(),
					m.societyRequired(), m.societyUnits(), m.boardUnits(), number(c), m.sourceLine());
		};
	}

	private static BigDecimal number(Correction c) {
		try {
			return new BigDecimal(c.value().strip());
		}
		catch (NumberFormatException ex) {
			throw new CatalogFormatException("catalog corrections line " + c.line() + ": " + c.field().column
					+ " needs a number, not '" + c.value() + "'");
		}
	}

}
