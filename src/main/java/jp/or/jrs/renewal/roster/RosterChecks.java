package jp.or.jrs.renewal.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.or.jrs.renewal.catalog.CatalogIndex;
import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.MeetingMatch;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Member;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.Dates;
import jp.or.jrs.renewal.support.Closest;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.NameKey;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.TableHeader;
import jp.or.jrs.renewal.support.Text;

/**
 * Every check of a roster row against the catalog and the member list (spec §3, §5). A row gets every
 * problem it has, each naming its column as the file writes it, what is wrong and what would be right,
 * so the organizer can fix the file in one pass. Thread-safe: built once per night (the catalog's names
 * and the members' names indexed in memory, so no row costs a database lookup) and shared by all files.
 */
public class RosterChecks {

	private static final BigDecimal MAX_UNITS = BigDecimal.valueOf(12);

	private static final BigDecimal HALF = new BigDecimal("0.5");

	/** Hours as people write them: 1, 1.5, 2.0; no signs or exponents. */
	private static final Pattern UNITS = Pattern.compile("\\d{1,2}(\\.\\d{1,3})?");

	/*
	 * What to write in a required cell, for its problem if it is empty: made once, not for every row read
	 * (building them row by row was a sixth of what ingestion allocated).
	 */

	private static final Message MEMBER_ID_NEEDED = new Message("会員名簿のとおりの会員番号を記入してください",
			"give the member number as in the member list");

	private static final Message MEETING_NEEDED = new Message("認定学術集会一覧のとおりの名称を記入してください",
			"give the meeting's name as the catalog lists it");

	private static final Message HELD_ON_NEEDED = new Message("学術集会の開催初日を記入してください",
			"give the first day of the meeting");

	private static final Map<CreditType, Message> TOPIC_NEEDED = byType(type -> new Message(type.japanese() + "("
			+ type.name() + ")の行にはテーマが必要です", "a " + type.name() + " row needs a topic"));

	private static final Map<CreditType, Message> LECTURE_ID_NEEDED = byType(type -> new Message(type.japanese() + "("
			+ type.name() + ")の行には講習IDが必要です", "a " + type.name() + " row needs the lecture's id"));

	private static final Map<CreditType, Message> UNITS_NEEDED = byType(type -> new Message(type.japanese() + "("
			+ type.name() + ")の行には単位数(時間数)が必要です", "a " + type.name() + " row needs its units (hours)"));

	private static Map<CreditType, Message> byType(Function<CreditType, Message> message) {
		Map<CreditType, Message> messages = new EnumMap<>(CreditType.class);
		for (CreditType type : CreditType.values()) {
			messages.put(type, message.apply(type));
		}
		return messages;
	}

	static final int MAX_LECTURE_ID = 100;

	private final CatalogIndex catalog;

	/**
	 * Every member, by their id: the id as the member list holds it (a credit takes that one instead of its
	 * row's copy: a file's accepted keys stay in memory until its end, for duplicates, up to a million of them
	 * for the largest rosters, and each row's own copy of its member id kept the collector copying them) and
	 * their name keys. One map looked up once a row: the id's copy and the names in two maps, each a cache miss
	 * in a table of the whole member list, were a third of checking a row.
	 */
	private final Map<String, KnownMember> members;

	/** A member's id as the member list holds it, and their name keys: their name and other names. */
	private record KnownMember(String memberId, String[] names) {

		boolean isKnownAs(String name) {
			for (String known : this.names) {
				if (known.equals(name)) {
					return true;
				}
			}
			return false;
		}

	}

	/** Lecture ids met so far, each kept once, up to {@link #SHARED_LECTURE_IDS} of them. */
	private final Map<String, String> lectureIds = new ConcurrentHashMap<>();

	/** Lecture ids kept once: a night names a few thousand; a file of made-up ids does not fill the heap. */
	private static final int SHARED_LECTURE_IDS = 20_000;

	private final LocalDate runDate;

	/** Dates as written, parsed: a roster repeats its meeting's date on every row. */
	private final Map<String, LocalDate> datesByText = new ConcurrentHashMap<>();

	/** Units as written, parsed: rosters repeat the same few values ("1", "1.5", "2"). */
	private final Map<String, BigDecimal> unitsByText = new ConcurrentHashMap<>();

	public RosterChecks(CatalogIndex catalog, Map<String, Set<String>> memberNames, LocalDate runDate) {
		this.catalog = catalog;
		this.runDate = runDate;
		this.members = new HashMap<>(memberNames.size() * 2);
		memberNames.forEach((id, names) -> this.members.put(id, new KnownMember(id, names.toArray(String[]::new))));
	}

	/** Checks against the catalog and member list as the database holds them: as the night loaded them. */
	public static RosterChecks of(CatalogStore catalog, MemberStore members, LocalDate runDate) {
		return of(catalog.activeMeetings(), members.membersById().values(), runDate);
	}

	/** Checks against these meetings and members (each member known by their name and other names). */
	public static RosterChecks of(List<Meeting> meetings, Collection<Member> members, LocalDate runDate) {
		Map<String, Set<String>> names = new HashMap<>();
		for (Member member : members) {
			// Each name as registered and as a name key: most rosters spell it as registered.
			Set<String> keys = new HashSet<>();
			keys.add(member.name());
			keys.add(NameKey.of(member.name()));
			member.otherNames().forEach(other -> {
				keys.add(other);
				keys.add(NameKey.of(other));
			});
			names.put(member.memberId(), keys);
		}
		return new RosterChecks(new CatalogIndex(meetings), names, runDate);
	}

	/** The row as a credit, or its problems. */
	public ValidatedRow check(RosterRecord record) {
		TableHeader<RosterColumn> header = record.header();
		CsvRow row = record.row();
		int line = row.line();
		if (row.isMalformed()) {
			return ValidatedRow.rejected(line, List.of(new Problem(line, "", "MALFORMED_ROW", row.malformed(), "")));
		}
		if (row.cells().length != header.width()) {
			return ValidatedRow.rejected(line, List.of(new Problem(line, "", "MALFORMED_ROW",
					new Message("この行のセルは " + row.cells().length + " 個、見出し行は " + header.width()
							+ " 個です。カンマの過不足を確認してください", "the row has " + row.cells().length
									+ " cells but the header has " + header.width()
									+ "; check for a missing or extra comma"),
					String.join(",", row.cells()))));
		}
		Row r = new Row(line, header, row);
		KnownMember member = r.member();
		r.memberName(member);
		MeetingMatch.Found meeting = r.meeting();
		LocalDate heldOn = r.heldOn();
		CreditType type = r.creditType();
		Topic topic = Topic.NONE;
		String lectureId = "";
		BigDecimal units = BigDecimal.ZERO;
		if (type != null && type.isLecture()) {
			topic = r.topic(type);
			lectureId = r.lectureId(type);
			if (type.hasUnits()) {
				units = r.units(type);
			}
		}
		if (r.problems != null) {
			return ValidatedRow.rejected(line, r.problems);
		}
		return ValidatedRow.accepted(new Credit(record.fileId(), line, member.memberId(), meeting.meeting().id(),
				meeting.formerName(), heldOn, type, lectureId, topic, units));
	}

	/** Spreadsheets drop leading zeros: say so when the padded number is a member. */
	private Message unknownMemberHint(String memberId) {
		StringBuilder padded = new StringBuilder(memberId);
		while (padded.length() < 12) {
			padded.insert(0, '0');
			if (this.members.containsKey(padded.toString())) {
				return new Message(padded + " ではありませんか。表計算ソフトが先頭の0を消した可能性があります(列を文字列の書式にしてください)",
						"did you mean " + padded + "? A spreadsheet may have dropped its leading zeros (format the "
								+ "column as text)");
			}
		}
		return new Message("番号を確認してください(先頭の0も番号のうちです)", "check the number (leading zeros count)");
	}

	private static String nfkc(String text) {
		return Text.nfkc(text);
	}

	/** A suggestion for a name that is not known, when one is close enough to be the one meant. */
	private static String didYouMean(String cell, List<String> names) {
		List<String> closest = Closest.to(cell, names, 1);
		return (!closest.isEmpty() && Closest.similarity(NameKey.of(cell), NameKey.of(closest.get(0))) >= 0.3)
				? closest.get(0) : null;
	}

	/** Names as a message lists them: 「日本医学放射線学会 総会」「…」. */
	private static String quoted(List<String> names) {
		return String.join("", names.stream().map(name -> "「" + name + "」").toList());
	}

	/** Excel shows a date cell saved as a number as that number: 45391 is 2024-04-10. */
	static LocalDate excelSerialDate(String cell) {
		if (cell.length() == 5 && cell.chars().allMatch(Character::isDigit)) {
			int days = Integer.parseInt(cell);
			if (days >= 20_000 && days <= 60_000) {
				return LocalDate.of(1899, 12, 30).plusDays(days);
			}
		}
		return null;
	}

	/** The checks of one row, collecting its problems. */
	private final class Row {

		final int line;

		final TableHeader<RosterColumn> header;

		final CsvRow row;

		/** Made at the first problem: most rows have none. */
		List<Problem> problems;

		Row(int line, TableHeader<RosterColumn> header, CsvRow row) {
			this.line = line;
			this.header = header;
			this.row = row;
		}

		String cell(RosterColumn column) {
			return this.header.cell(this.row, column);
		}

		String name(RosterColumn column) {
			return this.header.name(column);
		}

		void problem(RosterColumn column, String code, Message message) {
			if (this.problems == null) {
				this.problems = new ArrayList<>(2);
			}
			this.problems.add(new Problem(this.line, name(column), code, message, cell(column)));
		}

		/** The cell, or {@code null} with a MISSING_FIELD problem saying what the column needs. */
		String required(RosterColumn column, Message need) {
			String value = cell(column);
			if (!value.isEmpty()) {
				return value;
			}
			if (this.header.has(column)) {
				problem(column, "MISSING_FIELD", new Message(name(column) + " が空です。", name(column) + " is empty; ")
					.plus(need));
			}
			else {
				problem(column, "MISSING_FIELD", new Message("ファイルに " + column.describe() + " の列がありません。",
						"the file has no " + column.describe() + " column; ")
					.plus(need)
					.plus(new Message("見出し行に列を追加してください", "; add the column to the header")));
			}
			return null;
		}

		/** The member the row names, or {@code null} with its problem. */
		KnownMember member() {
			String cell = required(RosterColumn.MEMBER_ID, MEMBER_ID_NEEDED);
			if (cell == null) {
				return null;
			}
			String memberId = nfkc(cell);
			KnownMember known = RosterChecks.this.members.get(memberId);
			if (known == null) {
				problem(RosterColumn.MEMBER_ID, "UNKNOWN_MEMBER", new Message("会員番号 " + memberId + " は会員名簿にありません。",
						"member number " + memberId + " is not in the member list; ").plus(unknownMemberHint(memberId)));
				return null;
			}
			return known;
		}

		void memberName(KnownMember member) {
			String name = cell(RosterColumn.MEMBER_NAME);
			if (member == null || name.isEmpty()) {
				return;
			}
			if (!member.isKnownAs(name) && !member.isKnownAs(NameKey.of(name))) {
				problem(RosterColumn.MEMBER_NAME, "NAME_MISMATCH", new Message("氏名が会員名簿の会員 " + member.memberId()
						+ " と一致しません(旧姓などの別の氏名も受け付けます)。会員番号と氏名を確認してください",
						"the name does not match member " + member.memberId() + " in the member list (other names such as a "
								+ "maiden name are accepted too); check the member number and the name"));
			}
		}

		MeetingMatch.Found meeting() {
			String cell = required(RosterColumn.MEETING, MEETING_NEEDED);
			if (cell == null) {
				return null;
			}
			MeetingMatch match = RosterChecks.this.catalog.match(cell);
			if (match instanceof MeetingMatch.Found found) {
				return found;
			}
			if (match instanceof MeetingMatch.Ambiguous ambiguous) {
				String candidates = quoted(ambiguous.candidates().stream().map(m -> m.name()).toList());
				problem(RosterColumn.MEETING, "AMBIGUOUS_MEETING", new Message("この旧名称は現在、複数の学術集会の旧名称です: "
						+ candidates + "。該当する学術集会の現在の名称を記入してください",
						"this former name now belongs to several meetings: " + candidates
								+ "; write the current name of the one meant"));
				return null;
			}
			String closest = quoted(((MeetingMatch.Unknown) match).closestNames());
			problem(RosterColumn.MEETING, "UNKNOWN_MEETING", new Message("認定学術集会一覧にない名称です。次のいずれかではありませんか: "
					+ closest, "not an accredited meeting of the catalog; did you mean: " + closest + "?"));
			return null;
		}

		LocalDate heldOn() {
			String cell = required(RosterColumn.HELD_ON, HELD_ON_NEEDED);
			if (cell == null) {
				return null;
			}
			LocalDate known = RosterChecks.this.datesByText.get(cell);
			Optional<LocalDate> date = (known != null) ? Optional.of(known) : Dates.isoOrSlashed(nfkc(cell));
			date.ifPresent(day -> RosterChecks.this.datesByText.putIfAbsent(cell, day));
			if (date.isEmpty()) {
				LocalDate serial = excelSerialDate(nfkc(cell));
				Message meant = (serial == null) ? new Message("", "") : new Message(serial
						+ " ではありませんか(Excel の日付が数値として保存されています)。", "did you mean " + serial
								+ " (an Excel date saved as a number)? ");
				problem(RosterColumn.HELD_ON, "BAD_DATE", new Message("日付として読めません。", "not a date; ").plus(meant)
					.plus(new Message("開催初日を YYYY-MM-DD または YYYY/M/D で記入してください(例: 2025-04-13)",
							"write the first day of the meeting as YYYY-MM-DD or YYYY/M/D, e.g. 2025-04-13")));
				return null;
			}
			if (date.get().isAfter(RosterChecks.this.runDate)) {
				problem(RosterColumn.HELD_ON, "FUTURE_DATE", new Message("開催日が処理日 " + RosterChecks.this.runDate
						+ " より後です。学術集会の後に名簿を送ってください", "the date is after the run date "
								+ RosterChecks.this.runDate + "; send the roster after the meeting"));
				return null;
			}
			return date.get();
		}

		CreditType creditType() {
			String cell = cell(RosterColumn.CREDIT_TYPE);
			Optional<CreditType> type = CreditType.of(cell);
			if (type.isEmpty()) {
				List<String> names = new ArrayList<>();
				for (CreditType each : CreditType.values()) {
					names.add(each.name());
					names.add(each.japanese());
				}
				String meant = didYouMean(cell, names);
				problem(RosterColumn.CREDIT_TYPE, "BAD_CREDIT_TYPE", new Message(
						((meant != null) ? meant + " ではありませんか。" : "") + "区分が不明です。次のいずれかを使ってください: "
								+ CreditType.allowed() + "(空欄は参加)",
						((meant != null) ? "did you mean " + meant + "? " : "") + "unknown credit type; use one of "
								+ CreditType.allowed() + " (blank means 参加)"));
			}
			return type.orElse(null);
		}

		Topic topic(CreditType type) {
			String cell = required(RosterColumn.TOPIC, TOPIC_NEEDED.get(type));
			if (cell == null) {
				return Topic.NONE;
			}
			Optional<Topic> topic = type.topic(cell);
			if (topic.isEmpty()) {
				String topics = String.join(", ", type.topics().stream().map(Topic::label).toList());
				String meant = didYouMean(cell, type.topics().stream().map(Topic::label).toList());
				problem(RosterColumn.TOPIC, "BAD_TOPIC", new Message(((meant != null) ? meant + " ではありませんか。" : "")
						+ type.japanese() + "(" + type.name() + ")のテーマではありません。次のいずれかを使ってください: " + topics,
						((meant != null) ? "did you mean " + meant + "? " : "") + "not a topic of " + type.name()
								+ "; use one of " + topics));
			}
			return topic.orElse(Topic.NONE);
		}

		String lectureId(CreditType type) {
			String cell = required(RosterColumn.LECTURE_ID, LECTURE_ID_NEEDED.get(type));
			if (cell == null) {
				return "";
			}
			String lectureId = nfkc(cell);
			if (lectureId.length() > MAX_LECTURE_ID) {
				problem(RosterColumn.LECTURE_ID, "TOO_LONG", new Message("講習IDは " + MAX_LECTURE_ID
						+ " 文字までです。セッションの短いIDを使ってください", "a lecture id has at most " + MAX_LECTURE_ID
								+ " characters; use the session's short id"));
				return lectureId;
			}
			// One copy of each lecture id (a roster names a few dozen), as with member ids.
			String shared = RosterChecks.this.lectureIds.get(lectureId);
			if (shared != null) {
				return shared;
			}
			if (RosterChecks.this.lectureIds.size() < SHARED_LECTURE_IDS) {
				RosterChecks.this.lectureIds.putIfAbsent(lectureId, lectureId);
			}
			return lectureId;
		}

		BigDecimal units(CreditType type) {
			String cell = required(RosterColumn.UNITS, UNITS_NEEDED.get(type));
			if (cell == null) {
				return BigDecimal.ZERO;
			}
			BigDecimal known = RosterChecks.this.unitsByText.get(cell);
			if (known != null) {
				return known;
			}
			String text = nfkc(cell);
			if (UNITS.matcher(text).matches()) {
				BigDecimal units = new BigDecimal(text);
				if (units.signum() > 0 && units.compareTo(MAX_UNITS) <= 0 && units.remainder(HALF).signum() == 0) {
					RosterChecks.this.unitsByText.put(cell, units);
					return units;
				}
			}
			problem(RosterColumn.UNITS, "BAD_UNITS", new Message("単位数は時間数です: 0 より大きく 12 以下、0.5 刻み(例: 1, 1.5, 2)",
					"units are hours: more than 0, at most 12, in steps of 0.5 (e.g. 1, 1.5, 2)"));
			return BigDecimal.ZERO;
		}

	}

}
