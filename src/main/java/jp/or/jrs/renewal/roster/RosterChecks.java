package jp.or.jrs.renewal.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jp.or.jrs.renewal.catalog.CatalogIndex;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.catalog.MeetingMatch;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Member;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.Dates;
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

	static final int MAX_LECTURE_ID = 100;

	private final CatalogIndex catalog;

	/** Every member's name keys: their name and other names. */
	private final Map<String, Set<String>> memberNames;

	private final LocalDate runDate;

	/** Dates as written, parsed: a roster repeats its meeting's date on every row. */
	private final Map<String, LocalDate> datesByText = new ConcurrentHashMap<>();

	/** Units as written, parsed: rosters repeat the same few values ("1", "1.5", "2"). */
	private final Map<String, BigDecimal> unitsByText = new ConcurrentHashMap<>();

	public RosterChecks(CatalogIndex catalog, Map<String, Set<String>> memberNames, LocalDate runDate) {
		this.catalog = catalog;
		this.memberNames = memberNames;
		this.runDate = runDate;
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
					"the row has " + row.cells().length + " cells but the header has " + header.width()
							+ "; check for a missing or extra comma",
					String.join(",", row.cells()))));
		}
		Row r = new Row(line, header, row);
		String memberId = r.memberId();
		r.memberName(memberId);
		MeetingId meeting = r.meeting();
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
		return ValidatedRow.accepted(new Credit(line, memberId, meeting, heldOn, type, lectureId, topic, units));
	}

	/** Spreadsheets drop leading zeros: say so when the padded number is a member. */
	private String unknownMemberHint(String memberId) {
		StringBuilder padded = new StringBuilder(memberId);
		while (padded.length() < 12) {
			padded.insert(0, '0');
			if (this.memberNames.containsKey(padded.toString())) {
				return padded + " is: a spreadsheet may have dropped its leading zeros (format the column as text)";
			}
		}
		return "check the number (leading zeros count)";
	}

	private static String nfkc(String text) {
		return Text.nfkc(text);
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

		void problem(RosterColumn column, String code, String message) {
			if (this.problems == null) {
				this.problems = new ArrayList<>(2);
			}
			this.problems.add(new Problem(this.line, name(column), code, message, cell(column)));
		}

		/** The cell, or {@code null} with a MISSING_FIELD problem. */
		String required(RosterColumn column, String why) {
			String value = cell(column);
			if (!value.isEmpty()) {
				return value;
			}
			if (this.header.has(column)) {
				problem(column, "MISSING_FIELD", name(column) + " is empty" + why);
			}
			else {
				problem(column, "MISSING_FIELD", "the file has no " + column.describe() + " column" + why
						+ "; add the column to the header");
			}
			return null;
		}

		String memberId() {
			String cell = required(RosterColumn.MEMBER_ID, "; give the member number as in the member list");
			if (cell == null) {
				return null;
			}
			String memberId = nfkc(cell);
			if (!RosterChecks.this.memberNames.containsKey(memberId)) {
				problem(RosterColumn.MEMBER_ID, "UNKNOWN_MEMBER", "member number " + memberId
						+ " is not in the member list; " + unknownMemberHint(memberId));
				return null;
			}
			return memberId;
		}

		void memberName(String memberId) {
			String name = cell(RosterColumn.MEMBER_NAME);
			if (memberId == null || name.isEmpty()) {
				return;
			}
			Set<String> names = RosterChecks.this.memberNames.get(memberId);
			if (!names.contains(name) && !names.contains(NameKey.of(name))) {
				problem(RosterColumn.MEMBER_NAME, "NAME_MISMATCH", "the name does not match member " + memberId
						+ " in the member list (other names such as a maiden name are accepted too); "
						+ "check the member number and the name");
			}
		}

		MeetingId meeting() {
			String cell = required(RosterColumn.MEETING, "; give the meeting's name as the catalog lists it");
			if (cell == null) {
				return null;
			}
			MeetingMatch match = RosterChecks.this.catalog.match(cell);
			if (match instanceof MeetingMatch.Found found) {
				return found.meeting().id();
			}
			if (match instanceof MeetingMatch.Ambiguous ambiguous) {
				problem(RosterColumn.MEETING, "AMBIGUOUS_MEETING", "this former name now belongs to several meetings: "
						+ String.join(" / ", ambiguous.candidates().stream().map(m -> m.name()).toList())
						+ "; write the current name of the one meant");
				return null;
			}
			problem(RosterColumn.MEETING, "UNKNOWN_MEETING", "not an accredited meeting of the catalog; closest names: "
					+ String.join(" / ", ((MeetingMatch.Unknown) match).closestNames()));
			return null;
		}

		LocalDate heldOn() {
			String cell = required(RosterColumn.HELD_ON, "; give the first day of the meeting");
			if (cell == null) {
				return null;
			}
			LocalDate known = RosterChecks.this.datesByText.get(cell);
			Optional<LocalDate> date = (known != null) ? Optional.of(known) : Dates.isoOrSlashed(nfkc(cell));
			date.ifPresent(day -> RosterChecks.this.datesByText.putIfAbsent(cell, day));
			if (date.isEmpty()) {
				problem(RosterColumn.HELD_ON, "BAD_DATE",
						"not a date; write the first day of the meeting as YYYY-MM-DD or YYYY/M/D, e.g. 2025-04-13");
				return null;
			}
			if (date.get().isAfter(RosterChecks.this.runDate)) {
				problem(RosterColumn.HELD_ON, "FUTURE_DATE", "the date is after the run date "
						+ RosterChecks.this.runDate + "; send the roster after the meeting");
				return null;
			}
			return date.get();
		}

		CreditType creditType() {
			Optional<CreditType> type = CreditType.of(cell(RosterColumn.CREDIT_TYPE));
			if (type.isEmpty()) {
				problem(RosterColumn.CREDIT_TYPE, "BAD_CREDIT_TYPE",
						"unknown credit type; use one of " + CreditType.allowed() + " (blank means 参加)");
			}
			return type.orElse(null);
		}

		Topic topic(CreditType type) {
			String cell = required(RosterColumn.TOPIC, " but a " + type.name() + " row needs a topic");
			if (cell == null) {
				return Topic.NONE;
			}
			Optional<Topic> topic = type.topic(cell);
			if (topic.isEmpty()) {
				problem(RosterColumn.TOPIC, "BAD_TOPIC", "not a topic of " + type.name() + "; use one of "
						+ String.join(", ", type.topics().stream().map(Topic::label).toList()));
			}
			return topic.orElse(Topic.NONE);
		}

		String lectureId(CreditType type) {
			String cell = required(RosterColumn.LECTURE_ID, " but a " + type.name() + " row needs the lecture's id");
			if (cell == null) {
				return "";
			}
			String lectureId = nfkc(cell);
			if (lectureId.length() > MAX_LECTURE_ID) {
				problem(RosterColumn.LECTURE_ID, "TOO_LONG",
						"a lecture id has at most " + MAX_LECTURE_ID + " characters; use the session's short id");
			}
			return lectureId;
		}

		BigDecimal units(CreditType type) {
			String cell = required(RosterColumn.UNITS, " but a " + type.name() + " row needs its units (hours)");
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
			problem(RosterColumn.UNITS, "BAD_UNITS",
					"units are hours: more than 0, at most 12, in steps of 0.5 (e.g. 1, 1.5, 2)");
			return BigDecimal.ZERO;
		}

	}

}
