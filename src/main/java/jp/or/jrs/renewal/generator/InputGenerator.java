package jp.or.jrs.renewal.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.PublishedTableParser;
import jp.or.jrs.renewal.support.TextEncoding;

/**
 * Generates an input folder: {@code catalog/} (a copy of the published table), {@code members/} and
 * {@code rosters/}. Deterministic for a given seed. Members attend the national congresses, regional
 * meetings and others year by year, with lectures at the large meetings, in amounts that make some
 * eligible and some short; the rows are grouped into organizer files (one per congress and year, the
 * rest by organizer) written the ways organizers write them: English or Japanese headers in varied
 * order, UTF-8 with or without BOM or CP932 with CRLF, extra columns, slashed dates, former and
 * full-width spellings of meeting names, and a small share of mistakes.
 */
public final class InputGenerator {

	/** What to generate. */
	public record Settings(int members, long rows, int files, double badShare, long seed, LocalDate runDate,
			boolean allCertifications) {
	}

	private static final String[] FAMILY = { "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田",
			"山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島",
			"石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本" };

	private static final String[] GIVEN = { "太郎", "一郎", "健", "誠", "大輔", "翔", "拓也", "直樹", "浩", "修", "花子", "恵子",
			"由美", "陽子", "真理", "美穂", "彩", "葵", "優子", "智子", "亮", "隆", "学", "聡", "剛", "和也", "裕子", "愛", "舞", "香織" };

	private static final String[] SOCIETY_TOPICS = { "医療安全・放射線防護", "医療倫理", "医療の質:診断", "医療の質:治療" };

	private static final String[] COMMON_TOPICS = { "医療安全", "感染対策", "医療倫理", "医療法制", "地域医療", "医療福祉制度", "医療経済",
			"両立支援" };

	private static final String[] DOMAIN_TOPICS = { "診断", "治療", "診断・治療" };

	private static final String[] COLUMNS = { "member_id", "member_name", "meeting", "held_on", "credit_type", "topic",
			"lecture_id", "units" };

	private static final String[] JAPANESE = { "会員番号", "氏名", "学術集会名", "開催日", "区分", "テーマ", "講習ID", "単位数" };

	private static final String[] JAPANESE_TYPES = { "参加", "必須講習", "共通講習", "領域講習" };

	private final Settings settings;

	private final SplittableRandom random;

	private final List<Meeting> meetings;

	private final Map<Integer, List<Meeting>> byCategory = new LinkedHashMap<>();

	private final List<Member> members = new ArrayList<>();

	/** A generated roster row before it is written: its cells in {@link #COLUMNS} order, and its file. */
	private record Row(int file, String[] cells) {
	}

	private record Member(String id, String name, String otherName, boolean therapeutic, double diligence) {
	}

	public InputGenerator(Settings settings, List<String> publishedTable) {
		this.settings = settings;
		this.random = new SplittableRandom(settings.seed());
		this.meetings = new PublishedTableParser().parse(publishedTable);
		this.meetings.forEach(m -> this.byCategory.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m));
	}

	/** Writes the input folder; returns the number of roster data rows written. */
	public long writeTo(Path folder, Path publishedTable) throws IOException {
		Files.createDirectories(folder.resolve("catalog"));
		Files.createDirectories(folder.resolve("members"));
		Files.createDirectories(folder.resolve("rosters"));
		Files.copy(publishedTable, folder.resolve("catalog").resolve("accredited-meetings.md"),
				StandardCopyOption.REPLACE_EXISTING);
		writeMembers(folder.resolve("members"));
		// Rows go to their files as they are made, so any scale fits in memory.
		try (Rosters rosters = new Rosters(folder.resolve("rosters"))) {
			return generateRows(rosters);
		}
	}

	private void writeMembers(Path folder) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
		try (CSVPrinter members = new CSVPrinter(Files.newBufferedWriter(folder.resolve("members.csv")), format);
				CSVPrinter certifications = new CSVPrinter(
						Files.newBufferedWriter(folder.resolve("certifications.csv")), format)) {
			members.printRecord("member_id", "name", "birth_date", "other_names");
			certifications.printRecord("member_id", "certification", "expires_on", "grace", "clinical_units");
			int runYear = this.settings.runDate().getYear();
			for (int i = 0; i < this.settings.members(); i++) {
				String id = String.format("%07d", 10001 + i * 7);
				String family = pick(FAMILY);
				String name = family + "　" + pick(GIVEN);
				String other = (this.random.nextDouble() < 0.08) ? pick(FAMILY) + "　" + name.substring(name.indexOf('　') + 1) : "";
				LocalDate birth = LocalDate.of(1950 + this.random.nextInt(43), 1 + this.random.nextInt(12),
						1 + this.random.nextInt(28));
				boolean all = this.settings.allCertifications();
				boolean therapeutic = all || this.random.nextDouble() < 0.2;
				boolean diagnostic = all || !therapeutic || this.random.nextDouble() < 0.1;
				boolean board = all || this.random.nextDouble() < 0.85;
				// Most renewals fall in the next two years, so the sample shows both outcomes.
				double r = this.random.nextDouble();
				int expiryYear = runYear + ((r < 0.6) ? 1 : (r < 0.85) ? 2 : 3 + this.random.nextInt(2));
				double diligence = 0.35 + this.random.nextDouble() * 1.1;
				this.members.add(new Member(id, name, other, therapeutic, diligence));
				members.printRecord(id, name, birth, other);
				String expires = LocalDate.of(expiryYear, 8, 31).toString();
				String grace = (this.random.nextDouble() < 0.05) ? "true" : "";
				if (diagnostic) {
					certifications.printRecord(id, "SOCIETY_DIAGNOSTIC", expires, grace, "");
				}
				if (therapeutic) {
					certifications.printRecord(id, "SOCIETY_THERAPEUTIC", expires, grace, "");
				}
				if (board) {
					int clinical = (this.random.nextDouble() < 0.75) ? 10 : this.random.nextInt(11);
					certifications.printRecord(id, "BOARD", expires, grace, clinical);
				}
			}
		}
	}

	/**
	 * Each member's year-by-year attendance, scaled so the total comes near the target. National
	 * congresses go to their own file per year; other meetings to an organizer's file.
	 */
	private long generateRows(Rosters files) throws IOException {
		LocalDate runDate = this.settings.runDate();
		int firstYear = runDate.getYear() - 5;
		double perMemberYear = (double) this.settings.rows() / Math.max(1, this.settings.members()) / 6.0;
		// The base pattern below gives about 16 rows a year at diligence 1; extra meetings fill the rest.
		double extra = Math.max(0, perMemberYear - 16);
		int congressFiles = Math.min(12, Math.max(1, this.settings.files() / 4));
		long written = 0;
		List<Row> rows = new ArrayList<>();
		for (Member member : this.members) {
			for (int year = firstYear; year <= runDate.getYear(); year++) {
				rows.clear();
				double d = member.diligence();
				int congressFile = (year - firstYear) % congressFiles;
				Meeting general = this.byCategory.get(1).get(0);
				Meeting autumn = this.byCategory.get(1).get(1);
				if (chance(0.75 * d)) {
					attendWithLectures(rows, congressFile, member, general, year, d);
				}
				if (chance(0.6 * d)) {
					attendWithLectures(rows, congressFile, member, autumn, year, d);
				}
				int regional = (int) Math.round(d * 2 * this.random.nextDouble() + 0.3);
				for (int i = 0; i < regional; i++) {
					attendWithLectures(rows, -1, member, pickFrom(2), year, d * 0.5);
				}
				if (member.therapeutic() && chance(0.7 * d)) {
					attendWithLectures(rows, congressFile, member, this.byCategory.get(4).get(0), year, d);
				}
				if (chance(0.3 * d)) {
					attend(rows, member, pickFrom(5), year);
				}
				double others = (2 + extra) * d;
				for (int i = 0; i < (int) others + (chance(others % 1) ? 1 : 0); i++) {
					int category = 3 + this.random.nextInt(8);
					Meeting meeting = pickFrom(category == 4 ? 3 : category);
					if (chance(0.3)) {
						attendWithLectures(rows, -1, member, meeting, year, d * 0.3);
					}
					else {
						attend(rows, member, meeting, year);
					}
				}
				for (Row row : rows) {
					if (row.cells()[3].compareTo(runDate.toString()) > 0) {
						continue;
					}
					int file = (row.file() >= 0) ? row.file()
							: congressFiles + Math.floorMod(row.cells()[2].hashCode() * 31 + year,
									Math.max(1, this.settings.files() - congressFiles));
					file = Math.min(file, this.settings.files() - 1);
					files.write(file, spoil(row.cells(), files.last(file)));
					written++;
				}
			}
		}
		return written;
	}

	private void attend(List<Row> rows, Member member, Meeting meeting, int year) {
		rows.add(new Row(-1, cells(member, meeting, year, "ATTENDANCE", "", "", "")));
	}

	private void attendWithLectures(List<Row> rows, int file, Member member, Meeting meeting, int year, double d) {
		rows.add(new Row(file, cells(member, meeting, year, "ATTENDANCE", "", "", "")));
		if (meeting.category() == 1) {
			for (String topic : SOCIETY_TOPICS) {
				if (chance(0.45 * d)) {
					rows.add(new Row(file, cells(member, meeting, year, "SOCIETY_LECTURE", topic,
							"S-" + (1 + Arrays.asList(SOCIETY_TOPICS).indexOf(topic)), "")));
				}
			}
		}
		int common = this.random.nextInt(1 + (int) Math.round(5 * d));
		for (int i = 0; i < common; i++) {
			String topic = pick(COMMON_TOPICS);
			rows.add(new Row(file, cells(member, meeting, year, "COMMON_LECTURE", topic, "C-" + (i + 1), "1")));
		}
		int domain = this.random.nextInt(1 + (int) Math.round(5 * d));
		for (int i = 0; i < domain; i++) {
			String units = chance(0.2) ? "1.5" : chance(0.5) ? "2" : "1";
			rows.add(new Row(file, cells(member, meeting, year, "DOMAIN_LECTURE", pick(DOMAIN_TOPICS), "D-" + (i + 1),
					units)));
		}
	}

	private String[] cells(Member member, Meeting meeting, int year, String type, String topic, String lectureId,
			String units) {
		return new String[] { member.id(), member.name(), meetingName(meeting), occurrence(meeting, year).toString(),
				type, topic, lectureId, units };
	}

	/** Most rosters write the current name; some a former name or a full-width spelling. */
	private String meetingName(Meeting meeting) {
		if (!meeting.formerNames().isEmpty() && chance(0.05)) {
			return meeting.formerNames().get(0);
		}
		if (chance(0.02)) {
			return toFullWidth(meeting.name());
		}
		return meeting.name();
	}

	/** One occurrence per meeting and year, on a day of its own. */
	private static LocalDate occurrence(Meeting meeting, int year) {
		int day = Math.floorMod(meeting.name().hashCode(), 330);
		return LocalDate.ofYearDay(year, 1 + day);
	}

	/** A small share of rows carries one of the mistakes organizers make. */
	private String[] spoil(String[] cells, String[] previous) {
		if (!chance(this.settings.badShare())) {
			return cells;
		}
		String[] bad = cells.clone();
		switch (this.random.nextInt(8)) {
			case 0 -> bad[0] = "9" + bad[0].substring(1);
			case 1 -> bad[3] = bad[3].substring(0, 8) + "31";
			case 2 -> bad[2] = bad[2].substring(0, bad[2].length() - 1) + "会議";
			case 3 -> bad[1] = pick(FAMILY) + "　" + pick(GIVEN) + "子";
			case 4 -> bad[3] = this.settings.runDate().plusDays(30).toString();
			case 5 -> bad[2] = "";
			case 6 -> {
				bad[4] = "COMMON_LECTURE";
				bad[5] = pick(COMMON_TOPICS);
				bad[6] = "C-9";
				bad[7] = "0.3";
			}
			default -> {
				if (previous != null) {
					bad = previous.clone();
				}
			}
		}
		return bad;
	}

	/** The roster files being written, each opened at its first row, in the way its organizer writes. */
	private final class Rosters implements AutoCloseable {

		private final Path folder;

		private final Map<Integer, Roster> open = new LinkedHashMap<>();

		Rosters(Path folder) {
			this.folder = folder;
		}

		String[] last(int file) {
			Roster roster = this.open.get(file);
			return (roster != null) ? roster.last : null;
		}

		void write(int file, String[] row) throws IOException {
			Roster roster = this.open.get(file);
			if (roster == null) {
				roster = new Roster(this.folder, file);
				this.open.put(file, roster);
			}
			roster.write(row);
		}

		@Override
		public void close() throws IOException {
			for (Roster roster : this.open.values()) {
				roster.printer.close();
			}
		}

	}

	/** One roster file: its encoding, header language, line ends and column order. */
	private final class Roster {

		final CSVPrinter printer;

		final int[] order;

		final boolean japanese;

		final boolean cp932;

		String[] last;

		Roster(Path folder, int index) throws IOException {
			int style = index % 6;
			this.cp932 = style == 1 || style == 4;
			this.japanese = this.cp932 || style == 2;
			boolean bom = style == 2;
			String lineEnd = (this.cp932 || bom) ? "\r\n" : "\n";
			Charset charset = this.cp932 ? TextEncoding.CP932 : StandardCharsets.UTF_8;
			this.order = columnOrder(index);
			String name = String.format("%s-%03d.csv", this.cp932 ? "excel-export" : "roster", index + 1);
			Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(folder.resolve(name)), charset),
					1 << 16);
			if (bom) {
				writer.write('\uFEFF');
			}
			this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator(lineEnd).get());
			List<String> header = new ArrayList<>();
			for (int column : this.order) {
				header.add(this.japanese ? JAPANESE[column] : COLUMNS[column]);
			}
			if (this.cp932) {
				header.add("所属");
			}
			this.printer.printRecord(header);
		}

		void write(String[] row) throws IOException {
			List<String> cells = new ArrayList<>(this.order.length + 1);
			for (int column : this.order) {
				cells.add(format(row, column, this.japanese, this.cp932));
			}
			if (this.cp932) {
				cells.add("放射線科");
			}
			this.printer.printRecord(cells);
			this.last = row;
		}

	}

	private static String format(String[] row, int column, boolean japanese, boolean slashedDates) {
		String value = row[column];
		if (column == 3 && slashedDates && value.length() == 10 && value.charAt(4) == '-') {
			// Excel writes 2025/4/3; a date spoiled on purpose keeps its digits.
			return value.substring(0, 4) + "/" + Integer.parseInt(value.substring(5, 7)) + "/"
					+ Integer.parseInt(value.substring(8, 10));
		}
		if (column == 4 && japanese) {
			int type = Arrays.asList("ATTENDANCE", "SOCIETY_LECTURE", "COMMON_LECTURE", "DOMAIN_LECTURE").indexOf(value);
			return (type >= 0) ? JAPANESE_TYPES[type] : value;
		}
		if (column == 4 && value.equals("ATTENDANCE")) {
			return "";
		}
		return value;
	}

	/** Column orders vary by file: some keep the spec's order, some put the name first, some shuffle. */
	private int[] columnOrder(int index) {
		int[] order = { 0, 1, 2, 3, 4, 5, 6, 7 };
		if (index % 3 == 1) {
			order = new int[] { 1, 0, 3, 2, 4, 5, 6, 7 };
		}
		else if (index % 3 == 2) {
			order = new int[] { 2, 3, 0, 1, 4, 6, 5, 7 };
		}
		return order;
	}

	private static String toFullWidth(String text) {
		StringBuilder wide = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			wide.append((c >= '!' && c <= '~') ? (char) (c - '!' + '！') : c);
		}
		return wide.toString();
	}

	private Meeting pickFrom(int category) {
		List<Meeting> list = this.byCategory.get(category);
		return list.get(this.random.nextInt(list.size()));
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

}
