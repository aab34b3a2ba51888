package jp.or.jrs.renewal.support;

import java.text.Normalizer;

/**
 * The form in which two names are compared (spec §2): Unicode NFKC, no whitespace, no invisible
 * format characters (category Cf, such as a zero-width space or a BOM), case folded.
 */
public final class NameKey {

	private NameKey() {
	}

	public static String of(String name) {
		String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length();) {
			int cp = normalized.codePointAt(i);
			i += Character.charCount(cp);
			if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
				key.appendCodePoint(Character.toLowerCase(cp));
			}
		}
		return key.toString();
	}

}
