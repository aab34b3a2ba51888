package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.credits.RuleVersion.CreditFilter;
import jp.or.jrs.renewal.credits.RuleVersion.Equivalence;
import jp.or.jrs.renewal.credits.RuleVersion.Note;
import jp.or.jrs.renewal.credits.RuleVersion.Requirement;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Certification;

/**
 * Judges a member's certifications by the rule book: for each certification, the credits of its window,
 * one per key (spec §3: the same credit sent in two files counts once), with their equivalences, summed
 * requirement by requirement. It knows no certification by name: everything it checks comes from the
 * rule files.
 */
public final class RulesEngine {

	private final RuleBook ruleBook;

	/** Meetings by number ({@code M0001} is 1). */
	private final Meeting[] meetings;

	/** Each requirement's filter as every credit is asked it (by identity: the rule book's own filters). */
	private final Map<CreditFilter, Selection> selections = new IdentityHashMap<>();

	/** The best offers of each requirement (by identity: the rule book's own), for the catalog they were found in. */
	private final Map<Requirement, List<Explanation.MeetingOffer>> offers = new IdentityHashMap<>();

	private List<Meeting> offersCatalog;

	public RulesEngine(RuleBook ruleBook, Map<MeetingId, Meeting> meetingsById) {
		this.ruleBook = ruleBook;
		int highest = meetingsById.keySet().stream().mapToInt(MeetingId::number).max().orElse(0);
		this.meetings = new Meeting[highest + 1];
		meetingsById.forEach((id, meeting) -> this.meetings[id.number()] = meeting);
		for (RuleVersion version : ruleBook.versions()) {
			for (RuleVersion.CertificationRules rules : version.certifications()) {
				for (Requirement requirement : rules.requirements()) {
					this.selections.computeIfAbsent(requirement.where(), where -> Selection.of(where, this.meetings));
				}
			}
		}
	}

	/**
	 * A requirement's filter made ready to be asked of a credit: the meetings it selects by their number, and
	 * its credit types and topics as enum sets ({@code null} for all). Judging asks it of every credit of every
	 * certification, requirement by requirement; the filter's own sets are bound from the rule files (boxed
	 * categories, group names) and cost a tenth of the judging.
	 */
	private record Selection(boolean[] meetings, Set<CreditType> creditTypes, Set<Topic> topics) {

		static Selection of(CreditFilter where, Meeting[] meetings) {
			boolean[] selected = new boolean[meetings.length];
			for (int number = 0; number < meetings.length; number++) {
				selected[number] = meetings[number] != null && meetingSelected(where, meetings[number]);
			}
			return new Selection(selected, where.creditTypes().isEmpty() ? null : EnumSet.copyOf(where.creditTypes()),
					where.topics().isEmpty() ? null : EnumSet.copyOf(where.topics()));
		}

		/** Whether the requirement takes the credit, held at {@code meeting} (the catalog's, never null). */
		boolean selects(Credit credit, Meeting meeting) {
			return (this.creditTypes == null || this.creditTypes.contains(credit.type()))
					&& (this.topics == null || this.topics.contains(credit.topic()))
					&& this.meetings[meeting.id().number()];
		}

	}

	public List<Assessment> assess(MemberCredits member) {
		List<Assessment> assessments = new ArrayList<>(member.certifications().size());
		Collection<Credit> distinct = distinct(member.credits());
		for (Certification certification : member.certifications()) {
			assessments.add(assess(certification, member, distinct));
		}
		return assessments;
	}

	/**
	 * One credit per key (the most units where files disagree). Duplicates share their date, so this
	 * holds for every window; it is done once per member, not once per certification.
	 */
	private static Collection<Credit> distinct(List<Credit> ledger) {
		Map<Credit.Key, Credit> distinct = new LinkedHashMap<>(ledger.size() * 2);
		for (Credit credit : ledger) {
			distinct.merge(credit.key(), credit, RulesEngine::preferred);
		}
		return distinct.values();
	}

	private Assessment assess(Certification certification, MemberCredits member, Collection<Credit> distinct) {
		RenewalWindow window = RenewalWindow.of(certification);
		RuleBook.Applicable applicable = this.ruleBook.rulesFor(certification.certification(), window.renewalYear());
		if (applicable == null) {
			throw new IllegalStateException("no rule version judges " + certification.certification()
					+ " renewals in " + window.renewalYear());
		}
		Map<CreditType, List<Credit>> credits = byCreditType(
				creditsIn(window, distinct, applicable.version().equivalences()));
		Map<String, RequirementResult> results = new LinkedHashMap<>();
		for (Requirement requirement : applicable.rules().requirements()) {
			results.put(requirement.code(), evaluate(requirement, certification, credits, results));
		}
		List<RequirementResult> judged = List.copyOf(results.values());
		boolean eligible = Assessment.allMet(judged);
		int age = ageOn(member.birthDate(), certification.expiresOn());
		List<String> notes = new ArrayList<>();
		for (Note note : applicable.version().notes()) {
			if (!eligible && age >= note.minAge()) {
				notes.add(note.code());
			}
		}
		return new Assessment(certification, window, applicable.version().version(), judged,
				applicable.version().headline(), notes);
	}

	/**
	 * Age in completed years on a day, reckoned as Japanese law does (年齢計算ニ関スル法律): a year of age
	 * is completed at the end of the day before the birthday, so someone born on September 1 is 65 on
	 * August 31, the usual expiry date.
	 */
	static int ageOn(LocalDate birthDate, LocalDate day) {
		return Period.between(birthDate, day.plusDays(1)).getYears();
	}

	/** The window's distinct credits, and their equivalents (unless the same credit is there already). */
	private static List<Credit> creditsIn(RenewalWindow window, Collection<Credit> distinct,
			List<Equivalence> equivalences) {
		return creditsIn(window, distinct, equivalences, null);
	}

	/** As above; {@code equivalentOf}, when given, gets each equivalent with the credit it stands for. */
	private static List<Credit> creditsIn(RenewalWindow window, Collection<Credit> distinct,
			List<Equivalence> equivalences, Map<Credit, Credit> equivalentOf) {
		List<Credit> inWindow = new ArrayList<>(distinct.size());
		List<Credit> equivalents = new ArrayList<>();
		for (Credit credit : distinct) {
			if (!window.contains(credit.heldOn())) {
				continue;
			}
			inWindow.add(credit);
			for (Equivalence equivalence : equivalences) {
				if (equivalence.creditType() == credit.type() && equivalence.topic() == credit.topic()) {
					Credit equivalent = credit.as(equivalence.countsAs().creditType(), equivalence.countsAs().topic(),
							equivalence.countsAs().units());
					equivalents.add(equivalent);
					if (equivalentOf != null) {
						equivalentOf.put(equivalent, credit);
					}
				}
			}
		}
		if (!equivalents.isEmpty()) {
			// A key holds its credit type, so only the window's credits of an equivalent's type can share an
			// equivalent's key: only theirs are made (a set of every credit's key was an eighth of the judging).
			Set<CreditType> types = EnumSet.noneOf(CreditType.class);
			equivalents.forEach(equivalent -> types.add(equivalent.type()));
			Set<Credit.Key> keys = new HashSet<>();
			for (Credit credit : inWindow) {
				if (types.contains(credit.type())) {
					keys.add(credit.key());
				}
			}
			for (Credit equivalent : equivalents) {
				if (keys.add(equivalent.key())) {
					inWindow.add(equivalent);
				}
			}
		}
		return inWindow;
	}

	private static Credit preferred(Credit a, Credit b) {
		int units = a.units().compareTo(b.units());
		if (units != 0) {
			return (units > 0) ? a : b;
		}
		return (a.topic().label().compareTo(b.topic().label()) <= 0) ? a : b;
	}

	/** The credits by credit type: most requirements look at one type only. */
	private static Map<CreditType, List<Credit>> byCreditType(List<Credit> credits) {
		Map<CreditType, List<Credit>> byType = new EnumMap<>(CreditType.class);
		for (Credit credit : credits) {
			byType.computeIfAbsent(credit.type(), type -> new ArrayList<>()).add(credit);
		}
		return byType;
	}

	/** The credits a requirement may select: those of its credit types, or all. */
	private static Iterable<Credit> candidates(CreditFilter where, Map<CreditType, List<Credit>> byType) {
		if (where.creditTypes().isEmpty()) {
			return () -> byType.values().stream().flatMap(List::stream).iterator();
		}
		if (where.creditTypes().size() == 1) {
			return byType.getOrDefault(where.creditTypes().iterator().next(), List.of());
		}
		return () -> where.creditTypes().stream()
			.flatMap(type -> byType.getOrDefault(type, List.of()).stream())
			.iterator();
	}

	private RequirementResult evaluate(Requirement requirement, Certification certification,
			Map<CreditType, List<Credit>> credits, Map<String, RequirementResult> earlier) {
		BigDecimal earned = BigDecimal.ZERO;
		BigDecimal counted;
		if (requirement.measure() == Measure.TOTAL) {
			counted = BigDecimal.ZERO;
			for (String part : requirement.of()) {
				earned = earned.add(earlier.get(part).earned());
				counted = counted.add(earlier.get(part).counted());
			}
		}
		else if (requirement.measure() == Measure.CLINICAL_UNITS) {
			earned = BigDecimal.valueOf(certification.clinicalUnits());
			counted = earned;
		}
		else {
			Map<Occurrence, BigDecimal> perOccurrence = new HashMap<>();
			Selection selection = this.selections.get(requirement.where());
			for (Credit credit : candidates(requirement.where(), credits)) {
				Meeting meeting = meeting(credit.meeting());
				if (selection.selects(credit, meeting)) {
					BigDecimal value = value(requirement.measure(), credit, meeting);
					earned = earned.add(value);
					if (requirement.occurrenceCap()) {
						perOccurrence.merge(new Occurrence(credit.meeting(), credit.heldOn()), value, BigDecimal::add);
					}
				}
			}
			counted = earned;
			if (requirement.occurrenceCap()) {
				counted = BigDecimal.ZERO;
				for (Map.Entry<Occurrence, BigDecimal> occurrence : perOccurrence.entrySet()) {
					counted = counted.add(occurrence.getValue().min(meeting(occurrence.getKey().meeting()).lectureCap()));
				}
			}
		}
		if (requirement.cap() != null) {
			counted = counted.min(requirement.cap());
		}
		boolean met = requirement.min() == null || counted.compareTo(requirement.min()) >= 0;
		return new RequirementResult(requirement.code(), requirement.min(), earned, counted, met);
	}

	private static BigDecimal value(Measure measure, Credit credit, Meeting meeting) {
		return switch (measure) {
			case CREDITS -> BigDecimal.ONE;
			case SOCIETY_UNITS -> (meeting.societyUnits() != null) ? meeting.societyUnits() : BigDecimal.ZERO;
			case BOARD_UNITS -> meeting.boardUnits();
			case LECTURE_UNITS -> credit.units();
			case CLINICAL_UNITS, TOTAL -> throw new IllegalArgumentException(measure + " is not per credit");
		};
	}

	/** A meeting occurrence: the meeting and its first day. */
	private record Occurrence(MeetingId meeting, LocalDate heldOn) {
	}

	private Meeting meeting(MeetingId id) {
		Meeting meeting = (id.number() < this.meetings.length) ? this.meetings[id.number()] : null;
		if (meeting == null) {
			throw new IllegalStateException("the ledger names meeting " + id + ", which the catalog lacks");
		}
		return meeting;
	}


	/**
	 * Why each certification of a member was judged as it was ({@link Explanation}); the verdicts are
	 * those of {@link #assess}. Caps are taken from the latest credits first: the earliest count.
	 * @param catalog the meetings of the current catalog, for what is still needed
	 */
	public List<Explanation> explain(MemberCredits member, List<Meeting> catalog) {
		Map<Credit.Key, Credit> kept = new LinkedHashMap<>();
		Map<Credit.Key, List<Credit>> sentAgain = new HashMap<>();
		for (Credit credit : member.credits()) {
			Credit earlier = kept.get(credit.key());
			if (earlier == null) {
				kept.put(credit.key(), credit);
				continue;
			}
			Credit winner = preferred(earlier, credit);
			kept.put(credit.key(), winner);
			sentAgain.computeIfAbsent(credit.key(), k -> new ArrayList<>()).add((winner == earlier) ? credit : earlier);
		}
		List<Explanation> explanations = new ArrayList<>();
		for (Certification certification : member.certifications()) {
			explanations.add(explain(certification, member, kept.values(), sentAgain, catalog));
		}
		return explanations;
	}

	private Explanation explain(Certification certification, MemberCredits member, Collection<Credit> distinct,
			Map<Credit.Key, List<Credit>> sentAgain, List<Meeting> catalog) {
		Assessment assessment = assess(certification, member, distinct);
		RenewalWindow window = assessment.window();
		RuleBook.Applicable applicable = this.ruleBook.rulesFor(certification.certification(), window.renewalYear());
		Map<Credit, Credit> equivalentOf = new IdentityHashMap<>();
		List<Credit> inWindow = creditsIn(window, distinct, applicable.version().equivalences(), equivalentOf);
		Map<CreditType, List<Credit>> byType = byCreditType(inWindow);
		Map<Credit, List<Explanation.Contribution>> contributions = new IdentityHashMap<>();
		List<Explanation.Bar> bars = new ArrayList<>();
		List<Explanation.Advice> advice = new ArrayList<>();
		Map<String, Requirement> rules = new LinkedHashMap<>();
		applicable.rules().requirements().forEach(r -> rules.put(r.code(), r));
		for (RequirementResult result : assessment.requirements()) {
			Requirement requirement = rules.get(result.code());
			bars.add(new Explanation.Bar(result, requirement, requirement.cap()));
			if (requirement.measure() != Measure.TOTAL && requirement.measure() != Measure.CLINICAL_UNITS) {
				attribute(requirement, byType, contributions, equivalentOf);
			}
			if (!result.met()) {
				advice.add(new Explanation.Advice(result.code(), result.needed().subtract(result.counted()),
						requirement.measure(), requirement, offers(requirement, assessment, rules, catalog)));
			}
		}
		Map<Credit, List<Explanation.Contribution>> countsAlsoAs = new IdentityHashMap<>();
		equivalentOf.forEach((equivalent, original) -> countsAlsoAs.computeIfAbsent(original, c -> new ArrayList<>())
			.addAll(contributions.getOrDefault(equivalent, List.of())));
		List<Explanation.CreditFate> fates = new ArrayList<>(inWindow.size());
		for (Credit credit : inWindow) {
			if (equivalentOf.containsKey(credit)) {
				continue;
			}
			fates.add(new Explanation.CreditFate(credit, meeting(credit.meeting()),
					contributions.getOrDefault(credit, List.of()), sentAgain.getOrDefault(credit.key(), List.of()),
					countsAlsoAs.getOrDefault(credit, List.of())));
		}
		fates.sort(BY_DATE);
		List<Explanation.CreditFate> outside = new ArrayList<>();
		for (Credit credit : distinct) {
			if (!window.contains(credit.heldOn())) {
				outside.add(new Explanation.CreditFate(credit, meeting(credit.meeting()), List.of(),
						sentAgain.getOrDefault(credit.key(), List.of()), List.of()));
			}
		}
		outside.sort(BY_DATE);
		LocalDate slipStart = window.start().plusYears(1);
		List<Explanation.CreditFate> leaving = new ArrayList<>();
		for (Explanation.CreditFate fate : fates) {
			if (fate.credit().heldOn().isBefore(slipStart)
					&& (fate.counted().signum() > 0 || !fate.countsAlsoAs().isEmpty())) {
				leaving.add(fate);
			}
		}
		return new Explanation(assessment, bars, fates, outside, advice, slipStart, leaving);
	}

	private static final Comparator<Explanation.CreditFate> BY_DATE = (a, b) -> Credit.BY_DATE.compare(a.credit(),
			b.credit());

	/**
	 * What each selected credit earned toward a requirement and counted after its caps: an occurrence's
	 * 講習受講上限数 first, then the requirement's cap, each taken from the latest credits.
	 */
	private void attribute(Requirement requirement, Map<CreditType, List<Credit>> byType,
			Map<Credit, List<Explanation.Contribution>> contributions, Map<Credit, Credit> equivalentOf) {
		List<Credit> selected = new ArrayList<>();
		Selection selection = this.selections.get(requirement.where());
		for (Credit credit : candidates(requirement.where(), byType)) {
			if (selection.selects(credit, meeting(credit.meeting()))) {
				selected.add(credit);
			}
		}
		selected.sort(Credit.BY_DATE);
		Map<Occurrence, BigDecimal> perOccurrence = new HashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Credit credit : selected) {
			Meeting meeting = meeting(credit.meeting());
			BigDecimal earned = value(requirement.measure(), credit, meeting);
			if (earned.signum() == 0) {
				continue;
			}
			BigDecimal counted = earned;
			boolean occurrenceCapped = false;
			if (requirement.occurrenceCap()) {
				Occurrence occurrence = new Occurrence(credit.meeting(), credit.heldOn());
				BigDecimal before = perOccurrence.getOrDefault(occurrence, BigDecimal.ZERO);
				counted = earned.min(meeting.lectureCap().subtract(before).max(BigDecimal.ZERO));
				occurrenceCapped = counted.compareTo(earned) < 0;
				perOccurrence.put(occurrence, before.add(earned));
			}
			if (requirement.cap() != null) {
				counted = counted.min(requirement.cap().subtract(total).max(BigDecimal.ZERO));
			}
			total = total.add(counted);
			Credit original = equivalentOf.get(credit);
			contributions.computeIfAbsent(credit, c -> new ArrayList<>())
				.add(new Explanation.Contribution(requirement.code(), earned, counted, occurrenceCapped,
						(original != null) ? credit.type().name() + " " + credit.topic().label() : null));
		}
	}

	/** The catalog meetings that give the most toward a requirement, for what is still needed. */
	private List<Explanation.MeetingOffer> offers(Requirement requirement, Assessment assessment,
			Map<String, Requirement> rules, List<Meeting> catalog) {
		if (requirement.measure() == Measure.TOTAL) {
			List<Explanation.MeetingOffer> offers = new ArrayList<>();
			for (String part : requirement.of()) {
				RequirementResult result = assessment.requirements().stream().filter(r -> r.code().equals(part))
					.findFirst().orElseThrow();
				Requirement rule = rules.get(part);
				if (rule.cap() == null || result.counted().compareTo(rule.cap()) < 0) {
					offers.addAll(offers(rule, assessment, rules, catalog));
				}
			}
			return best(offers);
		}
		synchronized (this.offers) {
			if (this.offersCatalog != catalog) {
				this.offers.clear();
				this.offersCatalog = catalog;
			}
			return this.offers.computeIfAbsent(requirement, r -> offers(r, catalog));
		}
	}

	/** What attending each catalog meeting would give toward a requirement: the same for every member. */
	private List<Explanation.MeetingOffer> offers(Requirement requirement, List<Meeting> catalog) {
		CreditFilter where = requirement.where();
		boolean attendance = where.creditTypes().isEmpty() || where.creditTypes().contains(CreditType.ATTENDANCE);
		List<Explanation.MeetingOffer> offers = new ArrayList<>();
		for (Meeting meeting : catalog) {
			if (!meetingSelected(where, meeting)) {
				continue;
			}
			BigDecimal units = switch (requirement.measure()) {
				case SOCIETY_UNITS, BOARD_UNITS, CREDITS -> attendance
						? value(requirement.measure(), ATTENDING, meeting) : null;
				case LECTURE_UNITS -> requirement.occurrenceCap() ? meeting.lectureCap() : null;
				default -> null;
			};
			if (units != null && units.signum() > 0) {
				offers.add(new Explanation.MeetingOffer(meeting, units));
			}
		}
		return best(offers);
	}

	/** A stand-in attendance, to ask what attending a meeting would give. */
	private static final Credit ATTENDING = new Credit(0, 0, "", MeetingId.of(1), "", LocalDate.EPOCH,
			CreditType.ATTENDANCE, "", Topic.NONE, BigDecimal.ZERO);

	private static boolean meetingSelected(CreditFilter where, Meeting meeting) {
		return (where.societyRequired() == null || where.societyRequired() == meeting.societyRequired())
				&& (where.categories().isEmpty() || where.categories().contains(meeting.category()))
				&& (where.groups().isEmpty() || where.groups().contains(meeting.group()));
	}

	/** The three offers that give the most, each meeting once. */
	private static List<Explanation.MeetingOffer> best(List<Explanation.MeetingOffer> offers) {
		Map<MeetingId, Explanation.MeetingOffer> byMeeting = new LinkedHashMap<>();
		for (Explanation.MeetingOffer offer : offers) {
			byMeeting.merge(offer.meeting().id(), offer, (a, b) -> (a.units().compareTo(b.units()) >= 0) ? a : b);
		}
		return byMeeting.values().stream()
			.sorted(Comparator.comparing(Explanation.MeetingOffer::units).reversed())
			.limit(3)
			.toList();
	}

}
