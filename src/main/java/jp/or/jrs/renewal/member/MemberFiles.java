package jp.or.jrs.renewal.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.or.jrs.renewal.support.Column;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.Dates;
import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.Message;
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

	static final int MAX_MEMBER_ID = 32;

	static final int MAX_NAME = 1000;

	static final int MAX_OTHER_NAMES = 4000;

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

	/**
	 * The member list. A member id listed twice is reported on every one of its rows and judged on none
	 * (the office cannot tell which row is right), but stays known with all its names, so that roster
	 * rows naming the member are not rejected for a mistake in this file.
	 */
	public static MemberList readMembers(Path file) {
		Map<String, List<Member>> rowsById = new LinkedHashMap<>();
		Map<String, List<Integer>> linesById = new HashMap<>();
		List<Problem> problems = new ArrayList<>();
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
				String name = check.text(MemberColumn.NAME, true, MAX_NAME);
				LocalDate birthDate = check.date(MemberColumn.BIRTH_DATE);
				String others = check.text(MemberColumn.OTHER_NAMES, false, MAX_OTHER_NAMES);
				problems.addAll(check.problems);
				if (check.problems.isEmpty()) {
					// Most members have no other name: no stream to set up for them (10,000 rows of a check).
					List<String> otherNames = others.isBlank() ? List.of()
							: Arrays.stream(others.split("\\|")).map(String::strip).filter(other -> !other.isEmpty()).toList();
					rowsById.computeIfAbsent(memberId, id -> new ArrayList<>())
						.add(new Member(memberId, name, birthDate, otherNames));
					linesById.computeIfAbsent(memberId, id -> new ArrayList<>()).add(row.line());
				}
			}
		}
		List<Member> members = new ArrayList<>();
		Set<String> repeated = new TreeSet<>();
		for (Map.Entry<String, List<Member>> entry : rowsById.entrySet()) {
			List<Member> rows = entry.getValue();
			if (rows.size() == 1) {
				members.add(rows.get(0));
				continue;
			}
			repeated.add(entry.getKey());
			List<Integer> lines = linesById.get(entry.getKey());
			for (int line : lines) {
				problems.add(new Problem(line, "member_id", "DUPLICATE", new Message("会員 " + entry.getKey() + " が "
						+ join(lines) + " 行目に重複しています。1行だけ残してください(それまでこの会員の資格は判定しません)",
						"member " + entry.getKey() + " is listed on lines " + join(lines) + "; keep one row: until then "
								+ "none of their certifications is judged"), entry.getKey()));
			}
			List<String> names = new ArrayList<>();
			rows.forEach(r -> {
				names.add(r.name());
				names.addAll(r.otherNames());
			});
			members.add(new Member(entry.getKey(), rows.get(0).name(), rows.get(0).birthDate(),
					names.subList(1, names.size())));
		}
		problems.sort(Comparator.comparingInt(Problem::line));
		return new MemberList(members, repeated, problems, dataRows);
	}

	/** The member list as read: every member once, the ids listed more than once, the problems. */
	public record MemberList(List<Member> members, Set<String> repeated, List<Problem> problems, int dataRows) {

		public int accepted() {
			return this.members.size() - this.repeated.size();
		}

		public int rejected() {
			return this.dataRows - accepted();
		}

	}

	/**
	 * The certifications of known members. A member listed twice in members.csv, or a certification listed
	 * twice for one member, gets no eligibility row: every such row is reported.
	 * @param ruleGap why no rule version judges a certification's renewal, or {@code null} when one does
	 */
	public static Loaded<Certification> readCertifications(Path file, Set<String> memberIds, Set<String> repeatedMembers,
			Set<String> certificationCodes, Function<Certification, Message> ruleGap) {
		Map<String, List<Certification>> byKey = new LinkedHashMap<>();
		Map<String, List<Integer>> linesByKey = new HashMap<>();
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
					check.problem(CertificationColumn.MEMBER_ID, "UNKNOWN_MEMBER", new Message("会員 " + memberId
							+ " は members.csv にありません(またはその行が不採用です)。先に会員を登録してください", "member "
									+ memberId + " is not in members.csv (or its row there was rejected); add the member first"),
							memberId);
				}
				else if (memberId != null && repeatedMembers.contains(memberId)) {
					check.problem(CertificationColumn.MEMBER_ID, "DUPLICATE", new Message("会員 " + memberId
							+ " が members.csv に重複しています。この資格を判定するには members.csv を直してください", "member "
									+ memberId + " is listed more than once in members.csv; fix members.csv to judge this "
									+ "certification"),
							memberId);
				}
				String code = check.required(CertificationColumn.CERTIFICATION);
				if (code != null && !certificationCodes.contains(code)) {
					String known = String.join(", ", certificationCodes.stream().sorted().toList());
					check.problem(CertificationColumn.CERTIFICATION, "UNKNOWN_CERTIFICATION",
							new Message("不明な資格です。次のいずれかを使ってください: " + known,
									"unknown certification; expected one of " + known),
							code);
				}
				LocalDate expiresOn = check.date(CertificationColumn.EXPIRES_ON);
				Boolean grace = check.bool(CertificationColumn.GRACE);
				Integer clinicalUnits = check.clinicalUnits(CertificationColumn.CLINICAL_UNITS);
				if (check.problems.isEmpty()) {
					Certification certification = new Certification(memberId, code, expiresOn, grace, clinicalUnits);
					Message gap = ruleGap.apply(certification);
					if (gap != null) {
						check.problem(CertificationColumn.EXPIRES_ON, "NO_RULE_VERSION", gap,
								table.header.cell(row, CertificationColumn.EXPIRES_ON));
					}
					else {
						String key = memberId + " " + code;
						byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(certification);
						linesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row.line());
					}
				}
				problems.addAll(check.problems);
			}
		}
		List<Certification> accepted = new ArrayList<>();
		for (Map.Entry<String, List<Certification>> entry : byKey.entrySet()) {
			if (entry.getValue().size() == 1) {
				accepted.add(entry.getValue().get(0));
				continue;
			}
			List<Integer> lines = linesByKey.get(entry.getKey());
			Certification first = entry.getValue().get(0);
			for (int line : lines) {
				problems.add(new Problem(line, "certification", "DUPLICATE", new Message("会員 " + first.memberId()
						+ " の " + first.certification() + " が " + join(lines) + " 行目に重複しています。1行だけ残してください"
						+ "(それまで判定しません)", "member " + first.memberId() + " has " + first.certification()
								+ " on lines " + join(lines) + "; keep one row: until then it is not judged"),
						first.certification()));
			}
		}
		problems.sort(Comparator.comparingInt(Problem::line));
		return new Loaded<>(accepted, problems, dataRows);
	}

	private static String join(List<Integer> lines) {
		return String.join(", ", lines.stream().map(String::valueOf).toList());
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
				this.problems.add(new Problem(this.row.line(), "", "MALFORMED_ROW", new Message("この行のセルは "
						+ this.row.cells().length + " 個、見出し行は " + this.header.width() + " 個です", "the row has "
								+ this.row.cells().length + " cells but the header has " + this.header.width()),
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

		void problem(C column, String code, Message message, String value) {
			this.problems.add(new Problem(this.row.line(), name(column), code, message, value));
		}

		/** A text cell of at most {@code max} characters; {@code null} with a problem otherwise. */
		String text(C column, boolean required, int max) {
			String value = required ? required(column) : cell(column);
			if (value != null && value.length() > max) {
				problem(column, "TOO_LONG", new Message(name(column) + " は " + max + " 文字までです",
						name(column) + " has at most " + max + " characters"), value);
				return null;
			}
			return value;
		}

		String required(C column) {
			String value = cell(column);
			if (value.isEmpty()) {
				problem(column, "MISSING_FIELD", new Message(name(column) + " が空です", name(column) + " is empty"), "");
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
			if (!DIGITS.matcher(id).matches() || id.length() > MAX_MEMBER_ID) {
				problem(column, "BAD_MEMBER_ID", new Message("会員番号は数字のみ(先頭の0も残す)、" + MAX_MEMBER_ID + " 桁までです",
						"a member number is digits only (leading zeros kept), at most " + MAX_MEMBER_ID), raw);
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
				problem(column, "BAD_DATE", new Message(name(column) + " は YYYY-MM-DD で書いた実在の日付にしてください",
						name(column) + " must be a real date written YYYY-MM-DD"), value);
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
			problem(column, "BAD_BOOLEAN", new Message(name(column) + " は true、false または空欄にしてください",
					name(column) + " must be true, false or blank"), value);
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
			problem(column, "BAD_NUMBER", new Message(name(column) + " は 0 から 10 の整数、または空欄にしてください",
					name(column) + " must be a whole number from 0 to 10, or blank"), value);
			return null;
		}

	}

}
