package jp.or.jrs.renewal.support;

import java.text.Normalizer;
import java.util.Locale;

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
		normalized.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
					&& Character.getType(cp) != Character.FORMAT)
			.forEach(key::appendCodePoint);
		return key.toString().toLowerCase(Locale.ROOT);
	}

}
