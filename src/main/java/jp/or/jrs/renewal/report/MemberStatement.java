package jp.or.jrs.renewal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.or.jrs.renewal.credits.Explanation;
import jp.or.jrs.renewal.credits.Explanation.Advice;
import jp.or.jrs.renewal.credits.Explanation.Contribution;
import jp.or.jrs.renewal.credits.Explanation.CreditFate;
import jp.or.jrs.renewal.credits.Measure;
import jp.or.jrs.renewal.credits.RuleVersion.Requirement;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Numbers;

/**
 * A member's statement: every certification they renew, its verdict, a bar per requirement, what is still
 * needed and where to get it, and what leaves the window if the renewal slips a year; then every credit
 * of the member once, with what it counted toward in each certification, and last the credits outside
 * every window. The wording (Japanese with English) is made here; {@link StatementHtml} lays it out.
 */
public record MemberStatement(String memberId, String name, LocalDate asOf, List<Certification> certifications,
		List<CreditLine> credits, List<CreditLine> outside) {

	/** One certification of the statement. */
	public record Certification(Explanation explanation, String title, List<Bar> bars, List<Need> stillNeeded,
			List<Row> leaving, List<Message> leavingTotals) {

		public boolean eligible() {
			return this.explanation.assessment().eligible();
		}

		public String code() {
			return this.explanation.assessment().certification().certification();
		}

	}

	/** A requirement's bar, in percent of its scale. */
	public record Bar(String code, String title, String earned, String counted, String needed, String cap,
			double earnedPercent, double countedPercent, Double neededPercent, Double capPercent, boolean met,
			String missing) {
	}

	/** A credit that would leave the window: when, where, what, and what it counted. */
	public record Row(LocalDate heldOn, String meeting, Message kind, List<Message> fates) {
	}

	/**
	 * A credit of the member, shown once however many certifications it counts for: when, where (and
	 * under which name it was reported), what, the other files that sent it again, and its fate in each
	 * certification of the statement, in their order.
	 */
	public record CreditLine(LocalDate heldOn, String meeting, Message reportedAs, Message kind, List<Message> alsoSent,
			List<Fate> fates) {

		public boolean capped() {
			for (Fate fate : this.fates) {
				if (fate.capped()) {
					return true;
				}
			}
			return false;
		}

		public boolean outsideEveryWindow() {
			for (Fate fate : this.fates) {
				if (!fate.outside()) {
					return false;
				}
			}
			return true;
		}

	}

	/** What a credit counted toward in one certification: nothing when it is outside that window. */
	public record Fate(List<Message> counted, boolean capped, boolean outside) {

		static final Fate OUTSIDE = new Fate(List.of(), false, true);

	}

	/** What an unmet requirement still needs, and the meetings that give the most for it. */
	public record Need(String title, Message what, List<Message> where) {
	}

	/** Certification codes as the member reads them. */
	private static final Map<String, String> TITLES = Map.of("SOCIETY_DIAGNOSTIC", "放射線診断専門医 (日本医学放射線学会)",
			"SOCIETY_THERAPEUTIC", "放射線治療専門医 (日本医学放射線学会)", "BOARD", "放射線科専門医 (日本専門医機構)");

	public static MemberStatement of(String memberId, String name, LocalDate asOf, List<Explanation> explanations,
			Map<Integer, String> fileNames) {
		List<Certification> certifications = new ArrayList<>();
		// Every credit of the member is in each explanation, in its window or outside it: one line per credit.
		Map<Credit, Seen> seen = new IdentityHashMap<>();
		int index = 0;
		for (Explanation e : explanations) {
			String code = e.assessment().certification().certification();
			Wording titles = new Wording(e);
			for (CreditFate fate : e.credits()) {
				Seen.of(seen, fate, explanations.size()).fates()[index] = fate(fate, titles);
			}
			for (CreditFate fate : e.outside()) {
				Seen.of(seen, fate, explanations.size());
			}
			certifications.add(new Certification(e, TITLES.getOrDefault(code, code),
					e.bars().stream().map(MemberStatement::bar).toList(),
					e.stillNeeded().stream().map(advice -> need(advice, titles)).toList(),
					e.leaving().stream().map(fate -> leaving(fate, titles)).toList(), leavingTotals(e, titles)));
			index++;
		}
		List<Credit> credits = new ArrayList<>(seen.keySet());
		credits.sort(Credit.BY_DATE);
		List<CreditLine> lines = new ArrayList<>(credits.size());
		List<CreditLine> outside = new ArrayList<>();
		for (Credit credit : credits) {
			Seen it = seen.get(credit);
			CreditFate fate = it.fate();
			CreditLine line = new CreditLine(credit.heldOn(), fate.meeting().name(), reportedAs(fate), kind(credit),
					alsoSent(fate, fileNames), List.of(it.fates()));
			(line.outsideEveryWindow() ? outside : lines).add(line);
		}
		return new MemberStatement(memberId, name, asOf, certifications, lines, outside);
	}

	/**
	 * A credit as the explanations list it: the first one's view of it (meeting, files), and its fate in
	 * each certification, outside the window until an explanation counts it in.
	 */
	private record Seen(CreditFate fate, Fate[] fates) {

		static Seen of(Map<Credit, Seen> seen, CreditFate fate, int certifications) {
			return seen.computeIfAbsent(fate.credit(), credit -> {
				Fate[] fates = new Fate[certifications];
				Arrays.fill(fates, Fate.OUTSIDE);
				return new Seen(fate, fates);
			});
		}

	}

	private static String title(Requirement requirement) {
		return requirement.title().isEmpty() ? requirement.code() : requirement.title();
	}

	private static Bar bar(Explanation.Bar bar) {
		var r = bar.result();
		return new Bar(r.code(), title(bar.requirement()), Numbers.plain(r.earned()), Numbers.plain(r.counted()),
				Numbers.plain(r.needed()), Numbers.plain(bar.cap()), bar.percent(r.earned()), bar.percent(r.counted()),
				(r.needed() != null) ? bar.percent(r.needed()) : null, (bar.cap() != null) ? bar.percent(bar.cap()) : null,
				r.met(), Numbers.plain(bar.missing()));
	}

	/**
	 * A certification's requirement titles, and what a contribution to one says: a member's hundred credits
	 * mostly say the same few things ("学術集会参加の単位: 1"), so each is worded once per statement.
	 */
	private static final class Wording {

		/** In the order of the requirements table, which the slip's totals follow. */
		private final Map<String, String> titles = new LinkedHashMap<>();

		private final Map<Contribution, Message> said = new HashMap<>();

		Wording(Explanation e) {
			e.bars().forEach(bar -> this.titles.put(bar.result().code(), MemberStatement.title(bar.requirement())));
		}

		String title(String code) {
			return this.titles.getOrDefault(code, code);
		}

		Set<String> codes() {
			return this.titles.keySet();
		}

		Message of(Contribution c) {
			Message said = this.said.get(c);
			if (said == null) {
				said = contribution(c, this);
				if (c.as() != null) {
					said = new Message(c.as() + " としても算入: ", "also counts as " + c.as() + ": ").plus(said);
				}
				this.said.put(c, said);
			}
			return said;
		}

	}

	/** What one credit counted toward in one certification, in words. */
	private static Fate fate(CreditFate fate, Wording titles) {
		if (fate.contributions().isEmpty() && fate.countsAlsoAs().isEmpty()) {
			return new Fate(List.of(NOT_COUNTED), fate.capped(), false);
		}
		List<Message> counted = new ArrayList<>(fate.contributions().size() + fate.countsAlsoAs().size());
		for (Contribution c : fate.contributions()) {
			counted.add(titles.of(c));
		}
		for (Contribution c : fate.countsAlsoAs()) {
			counted.add(titles.of(c));
		}
		return new Fate(counted, fate.capped(), false);
	}

	private static final Message NOT_COUNTED = new Message("算入なし", "counts toward no requirement");

	private static Row leaving(CreditFate fate, Wording titles) {
		return new Row(fate.credit().heldOn(), fate.meeting().name(), kind(fate.credit()), fate(fate, titles).counted());
	}

	private static Message reportedAs(CreditFate fate) {
		String reportedAs = fate.credit().reportedAs();
		return reportedAs.isEmpty() ? null
				: new Message("旧名称「" + reportedAs + "」で報告、現在は「" + fate.meeting().name() + "」",
						"reported as " + reportedAs + ", now " + fate.meeting().name());
	}

	private static List<Message> alsoSent(CreditFate fate, Map<Integer, String> fileNames) {
		if (fate.alsoSent().isEmpty()) {
			return List.of();
		}
		List<Message> sent = new ArrayList<>(fate.alsoSent().size());
		for (Credit again : fate.alsoSent()) {
			String file = fileNames.getOrDefault(again.fileId(), "?");
			sent.add(new Message(file + " " + again.line() + " 行目でも報告されています。1回だけ算入します",
					"also sent in " + file + " line " + again.line() + ": counted once"));
		}
		return sent;
	}

	private static Message contribution(Contribution c, Wording titles) {
		String title = titles.title(c.requirement());
		if (!c.capped()) {
			return new Message(title + ": " + Numbers.plain(c.counted()), c.requirement() + ": " + Numbers.plain(c.counted()));
		}
		String cap = c.occurrenceCapped() ? "講習受講上限数" : "上限";
		String capEn = c.occurrenceCapped() ? "the meeting's lecture cap" : "the cap";
		return new Message(title + ": " + Numbers.plain(c.earned()) + " のうち " + Numbers.plain(c.counted()) + " を算入("
				+ cap + "のため " + Numbers.plain(c.lost()) + " は算入されません)", c.requirement() + ": "
						+ Numbers.plain(c.counted()) + " of " + Numbers.plain(c.earned()) + " counted (" + capEn + ": "
						+ Numbers.plain(c.lost()) + " lost)");
	}

	/** What a credit is: its kind, topic and units. A few dozen of them say what every credit of the ledger is. */
	private static Message kind(Credit credit) {
		return KINDS.computeIfAbsent(new Kind(credit.type(), credit.topic(), credit.units()), Kind::words);
	}

	private static final Map<Kind, Message> KINDS = new ConcurrentHashMap<>();

	private record Kind(CreditType type, Topic topic, BigDecimal units) {

		Message words() {
			String topic = (this.topic == Topic.NONE) ? "" : " " + this.topic.label();
			String units = this.type.hasUnits() ? " (" + Numbers.plain(this.units) + ")" : "";
			return new Message(this.type.japanese() + topic + units, this.type.name() + topic + units);
		}

	}

	private static Need need(Advice advice, Wording titles) {
		Requirement rule = advice.rule();
		String missing = Numbers.plain(advice.missing());
		List<CreditType> types = List.copyOf(rule.where().creditTypes());
		String type = types.isEmpty() ? "" : types.get(0).japanese();
		String typeEn = types.isEmpty() ? "" : types.get(0).name();
		String topic = rule.where().topics().isEmpty() ? "" : "「" + rule.where().topics().iterator().next().label() + "」";
		Message what = switch (advice.measure()) {
			case SOCIETY_UNITS -> new Message("学会認定単位があと " + missing + " 単位必要です", missing + " more society units");
			case BOARD_UNITS -> new Message("参加単位があと " + missing + " 単位必要です", missing + " more participation units");
			case CREDITS -> types.contains(CreditType.ATTENDANCE) || types.isEmpty()
					? new Message("対象の学術集会への出席があと " + missing + " 回必要です", missing + " more attendances at these meetings")
					: new Message(type + topic + "の受講があと " + missing + " 回必要です",
							missing + " more " + typeEn + (topic.isEmpty() ? "" : " on " + topic) + " lectures");
			case LECTURE_UNITS -> new Message(type + topic + "の単位があと " + missing + " 単位必要です",
					missing + " more " + typeEn + (topic.isEmpty() ? "" : " units on " + topic) + " units");
			case CLINICAL_UNITS -> new Message("診療実績の単位があと " + missing + " 単位必要です(事務局が記録します)",
					missing + " more clinical units (recorded by the office)");
			case TOTAL -> new Message("合計であと " + missing + " 単位必要です(上の要件の単位がこれに加わります)",
					missing + " more units in total (the requirements above add up to it)");
		};
		List<Message> where = new ArrayList<>();
		for (Explanation.MeetingOffer offer : advice.meetings()) {
			String units = Numbers.plain(offer.units());
			where.add((advice.measure() == Measure.LECTURE_UNITS)
					? new Message("「" + offer.meeting().name() + "」では最大 " + units + " 単位",
							offer.meeting().name() + ": up to " + units + " per meeting")
					: (advice.measure() == Measure.CREDITS) ? new Message("「" + offer.meeting().name() + "」",
							offer.meeting().name())
							: new Message("「" + offer.meeting().name() + "」は " + units + " 単位",
									offer.meeting().name() + " gives " + units));
		}
		return new Need(titles.title(advice.requirement()), what,
				where);
	}

	/** What the credits leaving the window counted, per requirement. */
	private static List<Message> leavingTotals(Explanation e, Wording titles) {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		titles.codes().forEach(code -> totals.put(code, BigDecimal.ZERO));
		for (CreditFate fate : e.leaving()) {
			for (Contribution c : fate.contributions()) {
				totals.merge(c.requirement(), c.counted(), BigDecimal::add);
			}
			for (Contribution c : fate.countsAlsoAs()) {
				totals.merge(c.requirement(), c.counted(), BigDecimal::add);
			}
		}
		List<Message> lines = new ArrayList<>();
		totals.forEach((code, total) -> {
			if (total.signum() > 0) {
				lines.add(new Message(titles.title(code) + ": " + Numbers.plain(total), code + ": " + Numbers.plain(total)));
			}
		});
		return lines;
	}

}
