package jp.or.jrs.renewal.report;

import java.util.List;

import jp.or.jrs.renewal.support.Message;

/**
 * The rows of a statement's credit tables, as HTML: a member has hundreds of them (every credit of every
 * window), and evaluating a template expression per cell made the mailing season's statements four times
 * slower than writing them here. Every value is escaped exactly as the templates' {@code th:text} escapes
 * it (unbescape's HTML5 escaping, Thymeleaf's own); the template inserts the rows with {@code th:utext}.
 */
final class StatementRows {

	private StatementRows() {
	}

	/** A requirement: its title and code, a bar of earned, counted, needed and cap, counted over needed. */
	static String bars(List<MemberStatement.Bar> bars) {
		StringBuilder html = new StringBuilder(bars.size() * 700);
		for (MemberStatement.Bar b : bars) {
			html.append(b.met() ? "<tr class=\"met\"><td>" : "<tr class=\"unmet\"><td>");
			text(html, b.title());
			html.append("<br><span class=\"en\">");
			text(html, b.code());
			html.append("</span></td><td><div class=\"track\"><div class=\"earned\" style=\"width:")
				.append(percent(b.earnedPercent()))
				.append("%\"></div><div class=\"counted ")
				.append(b.met() ? "ok-fill" : "short-fill")
				.append("\" style=\"width:")
				.append(percent(b.countedPercent()))
				.append("%\"></div>");
			if (b.neededPercent() != null) {
				html.append("<div class=\"needed-mark\" title=\"needed\" style=\"left:").append(percent(b.neededPercent()))
					.append("%\"></div>");
			}
			if (b.capPercent() != null) {
				html.append("<div class=\"cap-mark\" title=\"cap\" style=\"left:").append(percent(b.capPercent()))
					.append("%\"></div>");
			}
			html.append("</div><div class=\"en\">取得 earned ");
			text(html, b.earned());
			if (!b.cap().isEmpty()) {
				html.append(" ・ 上限 cap ");
				text(html, b.cap());
			}
			html.append("</div></td><td class=\"num\"><span>");
			text(html, b.counted());
			html.append("</span> / <span>");
			text(html, b.needed().isEmpty() ? "—" : b.needed());
			html.append("</span>");
			if (!b.met()) {
				html.append("<div class=\"short\">あと ");
				text(html, b.missing());
				html.append(" / ");
				text(html, b.missing());
				html.append(" more</div>");
			}
			html.append("</td></tr>\n");
		}
		return html.toString();
	}

	private static String percent(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	/** Date, meeting (and the former name it was reported by), kind, and what it counted. */
	static String credits(List<MemberStatement.Row> rows) {
		StringBuilder html = new StringBuilder(rows.size() * 1024 + 256);
		for (MemberStatement.Row r : rows) {
			html.append(r.capped() ? "<tr class=\"capped\">" : "<tr>");
			cell(html, "nowrap", r.heldOn().toString());
			html.append("<td>");
			text(html, r.meeting());
			if (r.reportedAs() != null) {
				html.append("<div class=\"en\">");
				text(html, r.reportedAs().ja());
				html.append("<br>");
				text(html, r.reportedAs().en());
				html.append("</div>");
			}
			html.append("</td><td>");
			text(html, r.kind().ja());
			html.append("<div class=\"en\">");
			text(html, r.kind().en());
			html.append("</div></td><td>");
			for (Message fate : r.fates()) {
				html.append("<div>");
				text(html, fate.ja());
				html.append(" <span class=\"en\">/ ");
				text(html, fate.en());
				html.append("</span></div>");
			}
			html.append("</td></tr>\n");
		}
		return html.toString();
	}

	/** Date, meeting, kind, and what it counted (Japanese): the credits that would leave the window. */
	static String leaving(List<MemberStatement.Row> rows) {
		return briefly(rows, true);
	}

	/** Date, meeting, kind: credits outside the window. */
	static String outside(List<MemberStatement.Row> rows) {
		return briefly(rows, false);
	}

	/** Rows of date, meeting and kind, and what each counted (in Japanese) if asked. */
	private static String briefly(List<MemberStatement.Row> rows, boolean fates) {
		StringBuilder html = new StringBuilder(rows.size() * (fates ? 200 : 120));
		for (MemberStatement.Row r : rows) {
			html.append("<tr>");
			cell(html, "nowrap", r.heldOn().toString());
			cell(html, null, r.meeting());
			cell(html, null, r.kind().ja());
			if (fates) {
				html.append("<td>");
				for (Message fate : r.fates()) {
					html.append("<div>");
					text(html, fate.ja());
					html.append("</div>");
				}
				html.append("</td>");
			}
			html.append("</tr>\n");
		}
		return html.toString();
	}

	private static void cell(StringBuilder html, String cssClass, String value) {
		html.append((cssClass != null) ? "<td class=\"" + cssClass + "\">" : "<td>");
		text(html, value);
		html.append("</td>");
	}

	private static void text(StringBuilder html, String value) {
		Html.text(html, value);
	}

}
