package jp.or.jrs.renewal.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The encodings an input file may arrive in (spec §3): UTF-8, with or without a BOM, when its bytes are
 * valid UTF-8; otherwise CP932 (Shift_JIS as Excel writes it on Japanese Windows).
 */
public final class TextEncoding {

	public static final Charset CP932 = Charset.forName("windows-31j");

	/** Characters decoded at a time. */
	private static final int BLOCK = 64 * 1024;

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

	/**
	 * Whether the bytes decode in the encoding, checked a block at a time: decoding a 90 MB roster whole
	 * took a 180 MB array only to throw it away.
	 */
	private static boolean decodes(byte[] bytes, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(BLOCK);
		CoderResult result;
		do {
			out.clear();
			result = decoder.decode(in, out, true);
		}
		while (result.isOverflow());
		if (result.isError()) {
			return false;
		}
		do {
			out.clear();
			result = decoder.flush(out);
		}
		while (result.isOverflow());
		return !result.isError();
	}

	/**
	 * Writes a text's bytes, in their encoding, to a file in UTF-8, a block at a time; malformed input
	 * becomes U+FFFD, as {@code new String(bytes, charset)} makes it. Decoding a 90 MB CP932 roster into a
	 * String and encoding that whole took about 0.5 GB of heap at once: on the 10M-row set, two such files
	 * side by side made the collector compact the whole 1 GB heap eight times.
	 */
	public static void writeAsUtf8(byte[] bytes, Charset charset, Path target) throws IOException {
		try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), charset);
				Writer out = new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
			char[] block = new char[BLOCK];
			for (int read = in.read(block); read >= 0; read = in.read(block)) {
				out.write(block, 0, read);
			}
		}
	}

}
