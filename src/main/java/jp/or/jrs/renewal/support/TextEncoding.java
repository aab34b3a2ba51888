package jp.or.jrs.renewal.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encodings an input file may arrive in (spec §3): UTF-8, with or without a BOM, when its bytes are
 * valid UTF-8; otherwise CP932 (Shift_JIS as Excel writes it on Japanese Windows).
 */
public final class TextEncoding {

	public static final Charset CP932 = Charset.forName("windows-31j");

	private TextEncoding() {
	}

	/** The encoding the bytes are valid in, or empty when they are neither UTF-8 nor CP932. */
	public static Optional<Charset> detect(byte[] bytes) {
		if (isUtf8(bytes)) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		if (decodes(bytes, CP932)) {
			return Optional.of(CP932);
		}
		return Optional.empty();
	}

	public static String label(Charset charset) {
		return charset.equals(CP932) ? "CP932" : "UTF-8";
	}

	/**
	 * Whether the bytes are well-formed UTF-8 (RFC 3629: shortest forms, no surrogates, at most
	 * U+10FFFF), checked on the bytes: decoding a whole file only to throw the text away costs more.
	 */
	static boolean isUtf8(byte[] bytes) {
		int i = 0;
		int n = bytes.length;
		while (i < n) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int more;
			int min;
			if (b >= 0xC2 && b <= 0xDF) {
				more = 1;
				min = 0x80;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				more = 2;
				min = 0x800;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				more = 3;
				min = 0x10000;
			}
			else {
				return false;
			}
			if (i + more >= n) {
				return false;
			}
			int codePoint = b & (0x3F >> more);
			for (int k = 1; k <= more; k++) {
				int c = bytes[i + k] & 0xFF;
				if ((c & 0xC0) != 0x80) {
					return false;
				}
				codePoint = (codePoint << 6) | (c & 0x3F);
			}
			if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
				return false;
			}
			i += more + 1;
		}
		return true;
	}

	private static boolean decodes(byte[] bytes, Charset charset) {
		try {
			charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
