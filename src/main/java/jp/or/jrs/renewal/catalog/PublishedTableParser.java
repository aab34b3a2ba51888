package jp.or.jrs.renewal.catalog;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.or.jrs.renewal.support.NameKey;

/**
 * Reads the catalog of accredited meetings in the form the society publishes it: markdown tables
 * converted from a PDF, one table per page (spec §2). The parser works row by row and keeps only what
 * the published form says, so next year's table can be dropped in as it comes:
 * <ul>
 * <li>header rows (repeated on every page), empty rows and separator rows carry nothing;</li>
 * <li>a {@code 分類N} row starts a category; a row with a name and no numbers is a sub-group
 * ({@code 3-1 …}), a region ({@code 北日本地区}), or, when it starts with {@code ←}, former names of the
 * meeting above;</li>
 * <li>the name sits in the second cell, or in the first where the second is empty (the last page).</li>
 * </ul>
 * Names are read by {@link #parseNameCell(String)}.
 */
public final class PublishedTableParser {

	private static final int CELLS = 7;

	private static final Pattern CATEGORY = Pattern.compile("分類\\s*(\\d+)");

	private static final Pattern SUB_GROUP = Pattern.compile("(\\d+-\\d+)(\\s.*)?");

	private static final Pattern SEPARATOR = Pattern.compile(":?-*:?");

	/** {@code ^p}: a paragraph mark the PDF conversion left inside a name. */
	private static final Pattern CONVERSION_ARTIFACT = Pattern.compile("[\\s\\u3000]*\\^p[\\s\\u3000]*");

	private static final Pattern NOTE = Pattern.compile("[(（]\\s*(名称変更|合併)\\s*[)）]");

	/** {@code (A と B と統合)}: the meetings merged into this one, which are former names too. */
	private static final Pattern MERGED_WITH = Pattern.compile("[(（]([^()（）]*)と統合\\s*[)）]");

	/**
	 * A list of merged meetings is split where one name ends (研究会, セミナー, カンファレンス…) and the next
	 * begins, so that {@code 中・四国アンギオカンファレンス} or {@code 病理と放射線診断} stay whole. A list this
	 * does not read goes into the corrections file.
	 */
	private static final String NAME_END = "(?<=会|セミナー|カンファレンス|フォーラム|ミーティング|講座|講演|[)）]|Conference|Meeting|Forum|Seminar|Club)";

	private static final Pattern AFTER_NAME_AND = Pattern.compile(NAME_END + "[\\s\\u3000]*と[\\s\\u3000]*");

	private static final Pattern AFTER_NAME_DOT = Pattern.compile(NAME_END + "[\\s\\u3000]*・[\\s\\u3000]*");

	private static final Pattern RENAMED_TO = Pattern.compile("(.+?)→(.+?)[\\s\\u3000]*[?？]?");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	/** What one name cell says: the current name and the former names it lists. */
	public record NameCell(String name, List<String> formerNames) {
	}

	public List<Meeting> parse(List<String> lines) {
		List<Builder> meetings = new ArrayList<>();
		int category = 0;
		String group = "";
		for (int i = 0; i < lines.size(); i++) {
			int lineNumber = i + 1;
			String line = lines.get(i).strip();
			if (!line.startsWith("|")) {
				continue;
			}
			String[] cells = cells(line);
			if (isBlankOrSeparator(cells) || isHeader(cells)) {
				continue;
			}
			Matcher categoryRow = CATEGORY.matcher(nfkc(cells[0]));
			if (categoryRow.matches()) {
				category = Integer.parseInt(categoryRow.group(1));
				group = "";
				continue;
			}
			String nameText = cells[1].isBlank() ? cells[0] : cells[1];
			if (nameText.isBlank()) {
				throw new CatalogFormatException("line " + lineNumber + ": a row with numbers but no meeting name");
			}
			if (category == 0) {
				throw new CatalogFormatException(
						"line " + lineNumber + ": meeting '" + nameText + "' comes before any 分類 row");
			}
			boolean numbersBlank = Arrays.stream(cells, 2, CELLS).allMatch(String::isBlank);
			if (numbersBlank) {
				String heading = clean(nameText);
				if (heading.startsWith("←")) {
					if (meetings.isEmpty()) {
						throw new CatalogFormatException(
								"line " + lineNumber + ": former name '" + heading + "' follows no meeting");
					}
					meetings.get(meetings.size() - 1).formerNames.addAll(parseNameCell(heading).formerNames());
					continue;
				}
				Matcher subGroup = SUB_GROUP.matcher(nfkc(heading));
				group = subGroup.matches() ? subGroup.group(1) : heading;
				continue;
			}
			NameCell name = parseNameCell(nameText);
			Builder meeting = new Builder(lineNumber, category, group, name);
			meeting.societyRequired = required(cells[2], lineNumber);
			meeting.societyUnits = number(cells[3], "単位数", lineNumber, true);
			meeting.boardUnits = number(cells[4], "参加単位数", lineNumber, false);
			meeting.lectureCap = number(cells[5], "講習受講上限数", lineNumber, false);
			meetings.add(meeting);
		}
		if (meetings.isEmpty()) {
			throw new CatalogFormatException("the published table lists no meetings");
		}
		return meetings.stream().map(Builder::build).toList();
	}

	/**
	 * Reads one name cell: {@code new ←old ←older}, {@code old→new ?}, notes such as {@code (名称変更)} and
	 * {@code (合併)} that are not part of a name, {@code (A と B と統合)} naming merged meetings, mergers
	 * whose old names are joined by {@code ・}, and the {@code ^p} artifact. Other parentheses, such as
	 * {@code (日医放)} or {@code (ASTRO)}, are part of the name. A former name equal to the current one is
	 * dropped.
	 */
	public static NameCell parseNameCell(String cell) {
		String text = CONVERSION_ARTIFACT.matcher(cell).replaceAll("");
		boolean merger = NOTE.matcher(text).results().anyMatch(note -> note.group(1).equals("合併"));
		String[] parts = text.split("←", -1);
		List<String> names = new ArrayList<>();
		for (int p = 0; p < parts.length; p++) {
			String part = parts[p];
			List<String> mergedWith = new ArrayList<>();
			Matcher merged = MERGED_WITH.matcher(part);
			while (merged.find()) {
				Arrays.stream(AFTER_NAME_AND.split(merged.group(1))).forEach(mergedWith::add);
			}
			part = NOTE.matcher(MERGED_WITH.matcher(part).replaceAll("")).replaceAll("");
			if (p == 0) {
				Matcher renamed = RENAMED_TO.matcher(clean(part));
				if (renamed.matches()) {
					names.add(clean(renamed.group(2)));
					names.add(clean(renamed.group(1)));
				}
				else {
					names.add(clean(part));
				}
			}
			else if (merger) {
				Arrays.stream(AFTER_NAME_DOT.split(part)).forEach(names::add);
			}
			else {
				names.add(part);
			}
			names.addAll(mergedWith);
		}
		String current = clean(names.get(0));
		Map<String, String> formers = new LinkedHashMap<>();
		for (String former : names.subList(1, names.size())) {
			String cleaned = clean(former);
			if (!cleaned.isEmpty() && !NameKey.of(cleaned).equals(NameKey.of(current))) {
				formers.putIfAbsent(NameKey.of(cleaned), cleaned);
			}
		}
		return new NameCell(current, List.copyOf(formers.values()));
	}

	private static String[] cells(String line) {
		String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
		String[] raw = inner.split("\\|", -1);
		String[] cells = new String[Math.max(CELLS, raw.length)];
		Arrays.fill(cells, "");
		for (int i = 0; i < raw.length; i++) {
			cells[i] = raw[i].strip();
		}
		return cells;
	}

	private static boolean isBlankOrSeparator(String[] cells) {
		return Arrays.stream(cells).allMatch(cell -> SEPARATOR.matcher(cell).matches());
	}

	/** The two header rows that open every page, wherever the conversion put their cells. */
	private static boolean isHeader(String[] cells) {
		for (String cell : cells) {
			String text = nfkc(cell);
			if (text.startsWith("学術集会(") || text.equals("学会認定単位") || text.equals("機構認定単位")) {
				return true;
			}
		}
		return nfkc(cells[2]).equals("必須") && nfkc(cells[3]).equals("単位数");
	}

	private static boolean required(String cell, int line) {
		String text = nfkc(cell).strip();
		if (text.isEmpty()) {
			return false;
		}
		if (text.equals("必須")) {
			return true;
		}
		throw new CatalogFormatException("line " + line + ": 必須 column holds '" + cell + "', expected 必須 or blank");
	}

	private static BigDecimal number(String cell, String column, int line, boolean blankAllowed) {
		String text = nfkc(cell).strip();
		if (text.isEmpty()) {
			if (blankAllowed) {
				return null;
			}
			throw new CatalogFormatException("line " + line + ": " + column + " is blank; it needs a number (0 is allowed)");
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new CatalogFormatException("line " + line + ": " + column + " holds '" + cell + "', not a number");
		}
	}

	private static String clean(String name) {
		return SPACES.matcher(name).replaceAll(" ").strip();
	}

	private static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	private static final class Builder {

		final int line;

		final int category;

		final String group;

		final String name;

		final List<String> formerNames;

		boolean societyRequired;

		BigDecimal societyUnits;

		BigDecimal boardUnits;

		BigDecimal lectureCap;

		Builder(int line, int category, String group, NameCell name) {
			this.line = line;
			this.category = category;
			this.group = group;
			this.name = name.name();
			this.formerNames = new ArrayList<>(name.formerNames());
		}

		Meeting build() {
			Map<String, String> formers = new LinkedHashMap<>();
			this.formerNames.stream()
				.filter(former -> !NameKey.of(former).equals(NameKey.of(this.name)))
				.forEach(former -> formers.putIfAbsent(NameKey.of(former), former));
			return new Meeting(null, this.category, this.group, this.name, List.copyOf(formers.values()),
					this.societyRequired, this.societyUnits, this.boardUnits, this.lectureCap, this.line);
		}

	}

}
