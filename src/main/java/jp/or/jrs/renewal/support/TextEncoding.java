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
		if (decodes(bytes, StandardCharsets.UTF_8)) {
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
