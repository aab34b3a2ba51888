package jp.or.jrs.renewal.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.or.jrs.renewal.support.Column;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.Dates;
import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.TableHeader;
import jp.or.jrs.renewal.support.TextEncoding;

/**
 * Reads {@code members.csv} and {@code certifications.csv} (spec §3). A bad row is reported with every
 * problem it has and gets no eligibility row; a file that cannot be read at all stops the night, since
 * judging every member against a broken list would reject every roster row.
 */
public final class MemberFiles {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** What one file gave: the rows kept, the problems of the others, and how many data rows it had. */
	public record Loaded<T>(List<T> accepted, List<Problem> problems, int dataRows) {

		public int rejected() {
			return this.dataRows - this.accepted.size();
		}

	}

	enum MemberColumn implements Column {

		MEMBER_ID("member_id", true), NAME("name", true), BIRTH_DATE("birth_date", true),
		OTHER_NAMES("other_names", false);

		private final String header;

		private final boolean required;

		MemberColumn(String header, boolean required) {
			this.header = header;
			this.required = required;
		}

		@Override
		public List<String> headerNames() {
			return List.of(this.header);
		}

		@Override
		public boolean required() {
			return this.required;
		}

	}

	enum CertificationColumn implements Column {

		MEMBER_ID("member_id", true), CERTIFICATION("certification", true), EXPIRES_ON("expires_on", true),
		GRACE("grace", false), CLINICAL_UNITS("clinical_units", false);

		private final String header;

		private final boolean required;

		CertificationColumn(String header, boolean required) {
			this.header = header;
			this.required = required;
		}

		@Override
		public List<String> headerNames() {
			return List.of(this.header);
		}

		@Override
		public boolean required() {
			return this.required;
		}

	}

	private MemberFiles() {
	}

	public static Loaded<Member> readMembers(Path file) {
		List<Member> accepted = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		int dataRows = 0;
		try (Table<MemberColumn> table = Table.open(file, MemberColumn.class)) {
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				dataRows++;
				var check = new RowCheck<>(row, table.header);
				if (check.malformed()) {
					problems.addAll(check.problems);
					continue;
				}
				String memberId = check.memberId(MemberColumn.MEMBER_ID);
				String name = check.required(MemberColumn.NAME);
				LocalDate birthDate = check.date(MemberColumn.BIRTH_DATE);
				String others = table.header.cell(row, MemberColumn.OTHER_NAMES);
				if (memberId != null && check.problems.isEmpty()) {
					Integer earlier = firstLine.putIfAbsent(memberId, row.line());
					if (earlier != null) {
						check.problem(MemberColumn.MEMBER_ID, "DUPLICATE",
								"member " + memberId + " is already listed on line " + earlier
										+ "; list each member once",
								memberId);
					}
				}
				if (check.problems.isEmpty()) {
					List<String> otherNames = others.isEmpty() ? List.of()
							: List.of(others.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty())
								.toList();
					accepted.add(new Member(memberId, name, birthDate, otherNames));
				}
				problems.addAll(check.problems);
			}
		}
		return new Loaded<>(accepted, problems, dataRows);
	}

	/**
	 * @param ruleGap why no rule version judges a certification's renewal, or {@code null} when one does
	 */
	public static Loaded<Certification> readCertifications(Path file, Set<String> memberIds,
			Set<String> certificationCodes, Function<Certification, String> ruleGap) {
		Map<String, Certification> accepted = new LinkedHashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		List<Problem> problems = new ArrayList<>();
		int dataRows = 0;
		try (Table<CertificationColumn> table = Table.open(file, CertificationColumn.class)) {
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				dataRows++;
				var check = new RowCheck<>(row, table.header);
				if (check.malformed()) {
					problems.addAll(check.problems);
					continue;
				}
				String memberId = check.memberId(CertificationColumn.MEMBER_ID);
				if (memberId != null && !memberIds.contains(memberId)) {
					check.problem(CertificationColumn.MEMBER_ID, "UNKNOWN_MEMBER", "member " + memberId
							+ " is not in members.csv (or its row there was rejected); add the member first",
							memberId);
				}
				String code = check.required(CertificationColumn.CERTIFICATION);
				if (code != null && !certificationCodes.contains(code)) {
					check.problem(CertificationColumn.CERTIFICATION, "UNKNOWN_CERTIFICATION",
							"unknown certification '" + code + "'; expected one of "
									+ String.join(", ", certificationCodes.stream().sorted().toList()),
							code);
				}
				LocalDate expiresOn = check.date(CertificationColumn.EXPIRES_ON);
				Boolean grace = check.bool(CertificationColumn.GRACE);
				Integer clinicalUnits = check.clinicalUnits(CertificationColumn.CLINICAL_UNITS);
				String key = memberId + "\u0000" + code;
				if (check.problems.isEmpty()) {
					Integer earlier = firstLine.putIfAbsent(key, row.line());
					if (earlier != null) {
						check.problem(CertificationColumn.CERTIFICATION, "DUPLICATE", "member " + memberId
								+ " already has " + code + " on line " + earlier + "; list each certification once",
								code);
					}
					else {
						Certification certification = new Certification(memberId, code, expiresOn, grace, clinicalUnits);
						String gap = ruleGap.apply(certification);
						if (gap != null) {
							check.problem(CertificationColumn.EXPIRES_ON, "NO_RULE_VERSION", gap,
									table.header.cell(row, CertificationColumn.EXPIRES_ON));
						}
						else {
							accepted.put(key, certification);
						}
					}
				}
				problems.addAll(check.problems);
			}
		}
		return new Loaded<>(List.copyOf(accepted.values()), problems, dataRows);
	}

	/** An office file opened for reading: encoding detected, header checked. */
	private static final class Table<C extends Enum<C> & Column> implements AutoCloseable {

		final TableHeader<C> header;

		final LineNumberedCsvReader reader;

		private Table(TableHeader<C> header, LineNumberedCsvReader reader) {
			this.header = header;
			this.reader = reader;
		}

		static <C extends Enum<C> & Column> Table<C> open(Path file, Class<C> columns) {
			if (!Files.isRegularFile(file)) {
				throw new InputFileException(file + " is missing");
			}
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
			Charset charset = TextEncoding.detect(bytes)
				.orElseThrow(() -> new InputFileException(file + " is neither UTF-8 nor CP932 text"));
			LineNumberedCsvReader reader = InputFiles.open(bytes, charset);
			CsvRow headerRow = reader.nextNonBlank();
			if (headerRow == null || headerRow.isMalformed()) {
				reader.close();
				throw new InputFileException(file + " has no header row");
			}
			TableHeader.Parsed<C> parsed = TableHeader.parse(headerRow.cells(), columns);
			if (parsed.header() == null) {
				reader.close();
				throw new InputFileException(file + ": " + parsed.problems().get(0).message());
			}
			return new Table<>(parsed.header(), reader);
		}

		CsvRow next() {
			return this.reader.nextNonBlank();
		}

		@Override
		public void close() {
			this.reader.close();
		}

	}

	/** The checks of one row, collecting every problem it has. */
	private static final class RowCheck<C extends Enum<C> & Column> {

		final CsvRow row;

		final TableHeader<C> header;

		final List<Problem> problems = new ArrayList<>();

		RowCheck(CsvRow row, TableHeader<C> header) {
			this.row = row;
			this.header = header;
		}

		boolean malformed() {
			if (this.row.isMalformed()) {
				this.problems.add(new Problem(this.row.line(), "", "MALFORMED_ROW", this.row.malformed(), ""));
			}
			else if (this.row.cells().length != this.header.width()) {
				this.problems.add(new Problem(this.row.line(), "", "MALFORMED_ROW", "the row has "
						+ this.row.cells().length + " cells but the header has " + this.header.width(),
						String.join(",", this.row.cells())));
			}
			return !this.problems.isEmpty();
		}

		String cell(C column) {
			return this.header.cell(this.row, column);
		}

		String name(C column) {
			return this.header.name(column);
		}

		void problem(C column, String code, String message, String value) {
			this.problems.add(new Problem(this.row.line(), name(column), code, message, value));
		}

		String required(C column) {
			String value = cell(column);
			if (value.isEmpty()) {
				problem(column, "MISSING_FIELD", name(column) + " is empty", "");
				return null;
			}
			return value;
		}

		String memberId(C column) {
			String raw = required(column);
			if (raw == null) {
				return null;
			}
			String id = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
			if (!DIGITS.matcher(id).matches()) {
				problem(column, "BAD_MEMBER_ID", "a member number is digits only (leading zeros kept)", raw);
				return null;
			}
			return id;
		}

		LocalDate date(C column) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			Optional<LocalDate> date = Dates.iso(value);
			if (date.isEmpty()) {
				problem(column, "BAD_DATE", name(column) + " must be a real date written YYYY-MM-DD", value);
			}
			return date.orElse(null);
		}

		Boolean bool(C column) {
			String value = cell(column);
			if (value.isEmpty() || value.equalsIgnoreCase("false")) {
				return false;
			}
			if (value.equalsIgnoreCase("true")) {
				return true;
			}
			problem(column, "BAD_BOOLEAN", name(column) + " must be true, false or blank", value);
			return null;
		}

		Integer clinicalUnits(C column) {
			String value = cell(column);
			if (value.isEmpty()) {
				return 0;
			}
			try {
				int units = Integer.parseInt(Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
				if (units >= 0 && units <= 10) {
					return units;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(column, "BAD_NUMBER", name(column) + " must be a whole number from 0 to 10, or blank", value);
			return null;
		}

	}

}
