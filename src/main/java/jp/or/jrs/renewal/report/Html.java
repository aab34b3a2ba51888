package jp.or.jrs.renewal.report;

import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * Text written into HTML outside a template (the long tables of a statement or an organizer's report):
 * escaped as the templates' {@code th:text} escapes it, with unbescape, Thymeleaf's own escaper: the
 * characters that mean markup ({@code & < > " '}), nothing else.
 */
final class Html {

	/**
	 * How a page written outside the templates begins, up to its title's text: as the templates' head fragment
	 * ({@code fragments/page :: head}) writes it.
	 */
	static final String PAGE_START = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"UTF-8\">\n"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";

	private Html() {
	}

	static void text(StringBuilder html, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
				html.append(HtmlEscape.escapeHtml(value, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
						HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT));
				return;
			}
		}
		html.append(value);
	}

}
