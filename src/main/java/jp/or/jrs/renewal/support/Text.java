package jp.or.jrs.renewal.support;

import java.text.Normalizer;

/**
 * Cell text as the checks read it, with fast paths for the common case: most cells are plain ASCII with
 * nothing to strip, and every row has a dozen of them.
 */
public final class Text {

	private Text() {
	}

	/** The text without leading and trailing whitespace (Unicode's, as {@link String#strip()}). */
	public static String strip(String text) {
		int length = text.length();
		if (length == 0 || (isPlain(text.charAt(0)) && isPlain(text.charAt(length - 1)))) {
			return text;
		}
		return text.strip();
	}

	/** NFKC and stripped: full-width digits and letters become ASCII. */
	public static String nfkc(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
			}
		}
		return strip(text);
	}

	/**
	 * A character that is surely not whitespace: printable ASCII, or anything above U+3000 (the ideographic
	 * space, the last whitespace {@link Character#isWhitespace(int)} knows): kana, kanji, full-width forms.
	 * Japanese names and meeting names start and end with such characters, and {@link String#strip()}
	 * looking each one up in Unicode's tables was 8 % of the ingestion's samples.
	 */
	static boolean isPlain(char c) {
		return (c > ' ' && c < 0x7F) || c > 0x3000;
	}

}
