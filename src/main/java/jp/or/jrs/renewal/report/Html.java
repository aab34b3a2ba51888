package jp.or.jrs.renewal.report;

/**
 * Text written into HTML outside a template (every page of the night, the statements, an organizer's
 * report): escaped as the portal's templates' {@code th:text} escapes it (unbescape, Thymeleaf's escaper, at
 * its first level): the characters that mean markup ({@code & < > " '}), nothing else, each by its HTML 4
 * name or, for the apostrophe, which has none, its number. Written out here: unbescape builds its tables of
 * HTML entities at its first use in a JVM, which the night would pay for on its main thread or on one of
 * its own (a sorted search over two thousand names, run in the interpreter). {@code HtmlTests} holds it to
 * unbescape.
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
		int length = value.length();
		int clean = 0;
		while (clean < length && !markup(value.charAt(clean))) {
			clean++;
		}
		// Most values need nothing: appended whole, a copy of the string's bytes (a part of a string is
		// appended a character at a time: a mailing season's statements spent 0.1 s more in it).
		if (clean == length) {
			html.append(value);
			return;
		}
		html.append(value, 0, clean);
		for (int i = clean; i < length; i++) {
			char c = value.charAt(i);
			if (markup(c)) {
				html.append(escaped(c));
			}
			else {
				html.append(c);
			}
		}
	}

	/** Whether a character means markup; one comparison for most (every letter, every kana and kanji). */
	private static boolean markup(char c) {
		return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
	}

	/** A markup character's reference. */
	private static String escaped(char c) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			default -> "&#39;";
		};
	}

	static String text(String value) {
		StringBuilder html = new StringBuilder(value.length() + 16);
		text(html, value);
		return html.toString();
	}

}
