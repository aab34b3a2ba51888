package jp.or.jrs.renewal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * A member's statement: every certification they renew, its verdict, a bar per requirement, every credit
 * of the window with its fate, what is still needed and where to get it, and what leaves the window if
 * the renewal slips a year. The wording (Japanese with English) is made here, so the template only lays
 * it out.
 */
public record MemberStatement(String memberId, String name, LocalDate asOf, List<Certification> certifications) {

	/** One certification of the statement. */
	public record Certification(Explanation explanation, String title, List<Bar> bars, List<Row> credits,
			List<Row> outside, List<Need> stillNeeded, List<Row> leaving, List<Message> leavingTotals) {

		public boolean eligible() {
			return this.explanation.assessment().eligible();
		}

		/** The requirements' bars, escaped ({@link StatementRows}). */
		public String barRows() {
			return StatementRows.bars(this.bars);
		}

		/** The rows of the credits table, escaped ({@link StatementRows}). */
		public String creditRows() {
			return StatementRows.credits(this.credits);
		}

		public String leavingRows() {
			return StatementRows.leaving(this.leaving);
		}

		public String outsideRows() {
			return StatementRows.outside(this.outside);
		}

	}

	/** A requirement's bar, in percent of its scale. */
	public record Bar(String code, String title, String earned, String counted, String needed, String cap,
			double earnedPercent, double countedPercent, Double neededPercent, Double capPercent, boolean met,
			String missing) {
	}

	/** A credit as a row: when, where (and under which name it was reported), what, and its fate. */
	public record Row(LocalDate heldOn, String meeting, Message reportedAs, Message kind, List<Message> fates,
			boolean capped, boolean counted) {
	}

	/** What an unmet requirement still needs, and the meetings that give the most for it. */
	public record Need(String code, String title, Message what, List<Message> where) {
	}

	/** Certification codes as the member reads them. */
	private static final Map<String, String> TITLES = Map.of("SOCIETY_DIAGNOSTIC", "放射線診断専門医 (日本医学放射線学会)",
			"SOCIETY_THERAPEUTIC", "放射線治療専門医 (日本医学放射線学会)", "BOARD", "放射線科専門医 (日本専門医機構)");

	public static MemberStatement of(String memberId, String name, LocalDate asOf, List<Explanation> explanations,
			Map<Integer, String> fileNames) {
		List<Certification> certifications = new ArrayList<>();
		for (Explanation e : explanations) {
			String code = e.assessment().certification().certification();
			Map<String, String> titles = new LinkedHashMap<>();
			e.bars().forEach(bar -> titles.put(bar.result().code(), title(bar.requirement())));
			certifications.add(new Certification(e, TITLES.getOrDefault(code, code),
					e.bars().stream().map(MemberStatement::bar).toList(),
					e.credits().stream().map(fate -> row(fate, titles, fileNames)).toList(),
					e.outside().stream().map(fate -> row(fate, titles, fileNames)).toList(),
					e.stillNeeded().stream().map(advice -> need(advice, titles)).toList(),
					e.leaving().stream().map(fate -> row(fate, titles, fileNames)).toList(), leavingTotals(e, titles)));
		}
		return new MemberStatement(memberId, name, asOf, certifications);
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

	private static Row row(CreditFate fate, Map<String, String> titles, Map<Integer, String> fileNames) {
		Credit credit = fate.credit();
		List<Message> fates = new ArrayList<>();
		for (Contribution c : fate.contributions()) {
			fates.add(contribution(c, titles));
		}
		for (Contribution c : fate.countsAlsoAs()) {
			fates.add(new Message(c.as() + " としても算入: ", "also counts as " + c.as() + ": ").plus(contribution(c, titles)));
		}
		for (Credit again : fate.alsoSent()) {
			String where = fileNames.getOrDefault(again.fileId(), "?") + " " + again.line();
			fates.add(new Message(where + " 行目でも報告されています。1回だけ算入します",
					"also sent in " + fileNames.getOrDefault(again.fileId(), "?") + " line " + again.line()
							+ ": counted once"));
		}
		boolean counted = fate.counted().signum() > 0 || fate.countsAlsoAs().stream().anyMatch(c -> c.counted().signum() > 0);
		if (fate.contributions().isEmpty() && fate.countsAlsoAs().isEmpty()) {
			fates.add(new Message("この資格の要件には算入されません", "counts toward no requirement of this certification"));
		}
		Message reportedAs = credit.reportedAs().isEmpty() ? null
				: new Message("旧名称「" + credit.reportedAs() + "」で報告、現在は「" + fate.meeting().name() + "」",
						"reported as " + credit.reportedAs() + ", now " + fate.meeting().name());
		return new Row(credit.heldOn(), fate.meeting().name(), reportedAs, kind(credit), fates, fate.capped(), counted);
	}

	private static Message contribution(Contribution c, Map<String, String> titles) {
		String title = titles.getOrDefault(c.requirement(), c.requirement());
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

	private static Message kind(Credit credit) {
		String topic = (credit.topic() == Topic.NONE) ? "" : " " + credit.topic().label();
		String units = credit.type().hasUnits() ? " (" + Numbers.plain(credit.units()) + ")" : "";
		return new Message(credit.type().japanese() + topic + units, credit.type().name() + topic + units);
	}

	private static Need need(Advice advice, Map<String, String> titles) {
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
		return new Need(advice.requirement(), titles.getOrDefault(advice.requirement(), advice.requirement()), what,
				where);
	}

	/** What the credits leaving the window counted, per requirement. */
	private static List<Message> leavingTotals(Explanation e, Map<String, String> titles) {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		titles.keySet().forEach(code -> totals.put(code, BigDecimal.ZERO));
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
				lines.add(new Message(titles.get(code) + ": " + Numbers.plain(total), code + ": " + Numbers.plain(total)));
			}
		});
		return lines;
	}

}
