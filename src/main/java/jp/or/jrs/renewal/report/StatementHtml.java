package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.or.jrs.renewal.support.Message;

/**
 * A member's statement as a page: a section per certification (verdict, window, a bar per requirement,
 * what is still needed, what a year's slip would drop), then the member's credits, one row each with a
 * column per certification, and those outside every window. The style and the footer are those of every
 * other page ({@link Pages.Frame}).
 * <p>
 * Written here rather than by the template engine because the mailing season writes thousands of
 * statements of hundreds of rows: evaluating template expressions per value, then per page, made them
 * several times slower (measured in {@code bench/RESULTS.md}). Every outside value goes through
 * {@link #text}, which escapes exactly as the templates' {@code th:text} does ({@link Html#text}).
 */
final class StatementHtml {

	private final StringBuilder html;

	private StatementHtml(int capacity) {
		this.html = new StringBuilder(capacity);
	}

	static String page(MemberStatement statement, Pages.Frame frame) {
		StatementHtml page = new StatementHtml(8192 + frame.style().length() + statement.credits().size() * 420);
		String title = "単位取得状況 " + statement.name() + " (" + statement.memberId() + ")";
		page.raw(Html.PAGE_START)
			.text(title).raw("</title>\n").raw(frame.style())
			.raw("\n</head>\n<body>\n<h1>更新単位 取得状況のお知らせ <span class=\"en\">Statement of renewal credits</span></h1>\n"
					+ "<p class=\"sub\"><strong id=\"member-name\">")
			.text(statement.name()).raw("</strong> 様 ・ 会員番号 <span class=\"en\">member</span> <span id=\"member-id\">")
			.text(statement.memberId()).raw("</span> ・ <span>").text(statement.asOf().toString()).raw(" 現在 / as of ")
			.text(statement.asOf().toString()).raw("</span></p>\n");
		for (MemberStatement.Certification c : statement.certifications()) {
			page.certification(c);
		}
		page.credits(statement);
		return page.raw(frame.footer()).raw("\n</body>\n</html>\n").html.toString();
	}

	private void certification(MemberStatement.Certification c) {
		var a = c.explanation().assessment();
		var cert = a.certification();
		raw("<section class=\"certification\">\n<h2>").text(c.title())
			.raw(c.eligible() ? " <span class=\"badge ok\">更新可 ELIGIBLE</span>" : " <span class=\"badge short\">不足 SHORT</span>")
			.raw(" <span class=\"en\">").text(cert.certification()).raw("</span></h2>\n<p>有効期限 ")
			.text(cert.expiresOn().toString()).raw(cert.grace() ? "(更新猶予あり)" : "").raw(" ・ 対象期間 ")
			.text(a.window().start().toString()).raw(" 〜 ").text(a.window().end().toString()).raw(" ・ 規則 ")
			.text(a.rulesVersion()).raw("</p>\n<p class=\"en\">expires ").text(cert.expiresOn().toString())
			.raw(cert.grace() ? " (deferred a year)" : "").raw("; credits count from ")
			.text(a.window().start().toString()).raw(" to ").text(a.window().end().toString()).raw("; rules ")
			.text(a.rulesVersion()).raw("</p>\n");
		if (a.notes().contains("MAY_REQUEST_HONORARY")) {
			raw("<p class=\"note\">65歳以上のため、名誉専門医の申請ができます(申請制です)。<span class=\"en\">Aged 65 or more: you may request 名誉専門医 (on request only).</span></p>\n");
		}
		raw("<h3>要件 <span class=\"en\">Requirements: earned, counted (after caps), needed</span></h3>\n"
				+ "<table class=\"requirements\">\n<thead><tr><th>要件 <span class=\"en\">requirement</span></th>"
				+ "<th style=\"width:44%\">取得状況 <span class=\"en\">progress</span></th>"
				+ "<th class=\"num\">算入 / 必要 <span class=\"en\">counted / needed</span></th></tr></thead>\n<tbody>");
		bars(c.bars());
		raw("</tbody>\n</table>\n");
		needs(c.stillNeeded());
		leaving(c);
		raw("</section>\n");
	}

	/** A requirement: its title and code, a bar of earned, counted, needed and cap, counted over needed. */
	private void bars(List<MemberStatement.Bar> bars) {
		for (MemberStatement.Bar b : bars) {
			raw(b.met() ? "<tr class=\"met\"><td>" : "<tr class=\"unmet\"><td>").text(b.title())
				.raw("<br><span class=\"en\">").text(b.code())
				.raw("</span></td><td><div class=\"track\"><div class=\"earned\" style=\"width:")
				.percent(b.earnedPercent()).raw("%\"></div><div class=\"counted ")
				.raw(b.met() ? "ok-fill" : "short-fill").raw("\" style=\"width:").percent(b.countedPercent())
				.raw("%\"></div>");
			if (b.neededPercent() != null) {
				raw("<div class=\"needed-mark\" title=\"needed\" style=\"left:").percent(b.neededPercent()).raw("%\"></div>");
			}
			if (b.capPercent() != null) {
				raw("<div class=\"cap-mark\" title=\"cap\" style=\"left:").percent(b.capPercent()).raw("%\"></div>");
			}
			raw("</div><div class=\"en\">取得 earned ").text(b.earned());
			if (!b.cap().isEmpty()) {
				raw(" ・ 上限 cap ").text(b.cap());
			}
			raw("</div></td><td class=\"num\"><span>").text(b.counted()).raw("</span> / <span>")
				.text(b.needed().isEmpty() ? "—" : b.needed()).raw("</span>");
			if (!b.met()) {
				raw("<div class=\"short\">あと ").text(b.missing()).raw(" / ").text(b.missing()).raw(" more</div>");
			}
			raw("</td></tr>\n");
		}
	}

	private void needs(List<MemberStatement.Need> needs) {
		if (needs.isEmpty()) {
			return;
		}
		raw("<h3>まだ必要なもの <span class=\"en\">What is still needed, and where to get it</span></h3>\n<ul class=\"needs\">\n");
		for (MemberStatement.Need n : needs) {
			raw("<li><strong>").text(n.title()).raw("</strong>: ").text(n.what().ja()).raw(" <span class=\"en\">(")
				.text(n.what().en()).raw(")</span>");
			if (!n.where().isEmpty()) {
				raw("<ul>");
				for (Message w : n.where()) {
					raw("<li>").text(w.ja()).raw(" <span class=\"en\">(").text(w.en()).raw(")</span></li>");
				}
				raw("</ul>");
			}
			raw("</li>\n");
		}
		raw("</ul>\n");
	}

	/** The credits that a year's slip would drop out of the window, and what they counted. */
	private void leaving(MemberStatement.Certification c) {
		if (c.leaving().isEmpty()) {
			return;
		}
		String slipStart = c.explanation().slipStart().toString();
		raw("<h3>更新が1年遅れた場合 <span class=\"en\">If the renewal slips a year</span></h3>\n<p>更新猶予なしに1年遅れると、対象期間は ")
			.text(slipStart).raw(" からになり、次の単位が期間外になります: ").join(c.leavingTotals(), true, "、")
			.raw("</p>\n<p class=\"en\">Renewed a year later without a deferral, the window starts on ").text(slipStart)
			.raw("; these credits drop out: ").join(c.leavingTotals(), false, ", ")
			.raw("</p>\n<table class=\"leaving\">\n<thead><tr><th>開催日 <span class=\"en\">date</span></th>"
					+ "<th>学術集会 <span class=\"en\">meeting</span></th><th>区分 <span class=\"en\">kind</span></th>"
					+ "<th>算入していた単位 <span class=\"en\">what it counted</span></th></tr></thead>\n<tbody>");
		for (MemberStatement.Row r : c.leaving()) {
			raw("<tr><td class=\"nowrap\">").text(r.heldOn().toString()).raw("</td><td>").text(r.meeting())
				.raw("</td><td>").text(r.kind().ja()).raw("</td><td>");
			for (Message fate : r.fates()) {
				raw("<div>").text(fate.ja()).raw("</div>");
			}
			raw("</td></tr>\n");
		}
		raw("</tbody>\n</table>\n");
	}

	/**
	 * Every credit of the member once: date, meeting (and the former name it was reported by, and the
	 * files that sent it again), kind, and what it counted toward in each certification.
	 */
	private void credits(MemberStatement statement) {
		raw("<section class=\"credits\">\n<h2>対象期間の単位 (").raw(Integer.toString(statement.credits().size()))
			.raw(" 件) <span class=\"en\">Every credit of the windows, and what it counted toward in each certification</span></h2>\n"
					+ "<table class=\"credits\">\n<thead><tr><th>開催日 <span class=\"en\">date</span></th>"
					+ "<th>学術集会 <span class=\"en\">meeting</span></th><th>区分 <span class=\"en\">kind</span></th>");
		for (MemberStatement.Certification c : statement.certifications()) {
			raw("<th>").text(c.title()).raw(" <span class=\"en\">").text(c.code()).raw("</span></th>");
		}
		raw("</tr></thead>\n<tbody>");
		for (MemberStatement.CreditLine line : statement.credits()) {
			raw(line.capped() ? "<tr class=\"capped\"><td class=\"nowrap\">" : "<tr><td class=\"nowrap\">")
				.text(line.heldOn().toString()).raw("</td><td>").text(line.meeting());
			if (line.reportedAs() != null) {
				aside(line.reportedAs());
			}
			for (Message sent : line.alsoSent()) {
				aside(sent);
			}
			raw("</td><td>").text(line.kind().ja()).raw("<div class=\"en\">").text(line.kind().en()).raw("</div></td>");
			for (MemberStatement.Fate fate : line.fates()) {
				if (fate.outside()) {
					raw("<td class=\"outside\">期間外 <span class=\"en\">outside this window</span></td>");
					continue;
				}
				raw("<td>");
				for (Message counted : fate.counted()) {
					raw("<div>").text(counted.ja()).raw(" <span class=\"en\">/ ").text(counted.en()).raw("</span></div>");
				}
				raw("</td>");
			}
			raw("</tr>\n");
		}
		raw("</tbody>\n</table>\n");
		outside(statement.outside());
		raw("</section>\n");
	}

	/** The credits outside every window: they count for none of these renewals. */
	private void outside(List<MemberStatement.CreditLine> outside) {
		if (outside.isEmpty()) {
			return;
		}
		raw("<h3>対象期間外の単位 (").raw(Integer.toString(outside.size()))
			.raw(" 件) <span class=\"en\">Credits outside every window: they do not count for these renewals</span></h3>\n"
					+ "<table class=\"outside\">\n<thead><tr><th>開催日 <span class=\"en\">date</span></th>"
					+ "<th>学術集会 <span class=\"en\">meeting</span></th><th>区分 <span class=\"en\">kind</span></th></tr></thead>\n<tbody>");
		for (MemberStatement.CreditLine line : outside) {
			raw("<tr><td class=\"nowrap\">").text(line.heldOn().toString()).raw("</td><td>").text(line.meeting())
				.raw("</td><td>").text(line.kind().ja()).raw("</td></tr>\n");
		}
		raw("</tbody>\n</table>\n");
	}

	/** A note under a cell's value: Japanese, and the English that the printed statement leaves out. */
	private void aside(Message note) {
		raw("<div class=\"aside\">").text(note.ja()).raw("<span class=\"en\"><br>").text(note.en()).raw("</span></div>");
	}

	private StatementHtml join(List<Message> messages, boolean japanese, String separator) {
		for (int i = 0; i < messages.size(); i++) {
			if (i > 0) {
				raw(separator);
			}
			text(japanese ? messages.get(i).ja() : messages.get(i).en());
		}
		return this;
	}

	/** A percentage with one decimal ({@code 66.7}, rounded half up on the double), without a Formatter per bar. */
	private StatementHtml percent(double value) {
		long tenths = Math.round(value * 10);
		this.html.append(tenths / 10).append('.').append(Math.abs(tenths % 10));
		return this;
	}

	private StatementHtml raw(String markup) {
		this.html.append(markup);
		return this;
	}

	private StatementHtml text(String value) {
		Html.text(this.html, value);
		return this;
	}

}
