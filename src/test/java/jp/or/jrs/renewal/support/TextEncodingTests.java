package jp.or.jrs.renewal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TextEncodingTests {

	@Test
	void readsValidUtf8AsUtf8() {
		assertThat(TextEncoding.detect("会員番号,氏名".getBytes(StandardCharsets.UTF_8))).contains(StandardCharsets.UTF_8);
		assertThat(TextEncoding.detect("member_id".getBytes(StandardCharsets.US_ASCII))).contains(StandardCharsets.UTF_8);
	}

	@Test
	void readsOtherJapaneseTextAsCp932() {
		assertThat(TextEncoding.detect("会員番号,氏名,髙橋".getBytes(TextEncoding.CP932))).contains(TextEncoding.CP932);
	}

	@Test
	void checksUtf8AsTheDecoderDoes() {
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 20_000; i++) {
			byte[] bytes = new byte[random.nextInt(8)];
			random.nextBytes(bytes);
			boolean decodes;
			try {
				StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
				decodes = true;
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				decodes = false;
			}
			assertThat(TextEncoding.isUtf8(bytes)).as(java.util.Arrays.toString(bytes)).isEqualTo(decodes);
		}
		assertThat(TextEncoding.isUtf8("会員番号 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(TextEncoding.isUtf8(new byte[] { (byte) 0xC0, (byte) 0x80 })).as("overlong").isFalse();
		assertThat(TextEncoding.isUtf8(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })).as("surrogate").isFalse();
		assertThat(TextEncoding.isUtf8(new byte[] { (byte) 0xE4, (byte) 0xBC })).as("cut short").isFalse();
	}

	@Test
	void refusesBytesThatAreNeither() {
		assertThat(TextEncoding.detect(new byte[] { 'a', (byte) 0x81, (byte) 0x7F, (byte) 0xFF })).isEmpty();
	}

	@Test
	void checksAndWritesALongCp932TextBlockByBlockAsAWholeDecodeWould(@TempDir Path dir) throws IOException {
		// Longer than a block, with a two-byte character across each block boundary somewhere.
		String text = "会員番号,氏名,髙橋,ｶﾅ,①\r\n".repeat(20_000) + "末尾";
		byte[] cp932 = text.getBytes(TextEncoding.CP932);
		assertThat(TextEncoding.detect(cp932)).contains(TextEncoding.CP932);

		Path written = dir.resolve("spooled.csv");
		TextEncoding.writeAsUtf8(cp932, TextEncoding.CP932, written);
		assertThat(Files.readAllBytes(written)).isEqualTo(new String(cp932, TextEncoding.CP932).getBytes(StandardCharsets.UTF_8));

		byte[] broken = Arrays.copyOf(cp932, cp932.length + 1);
		broken[cp932.length] = (byte) 0x81;
		assertThat(TextEncoding.detect(broken)).as("a lead byte cut short at the very end").isEmpty();
		TextEncoding.writeAsUtf8(broken, TextEncoding.CP932, written);
		assertThat(Files.readAllBytes(written)).isEqualTo(new String(broken, TextEncoding.CP932).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void comparesNamesAsNormalizedKeys() {
		assertThat(NameKey.of("Ｔｏｋｙｏ　Heart\u200B Club")).isEqualTo(NameKey.of("tokyo heartclub"));
		assertThat(NameKey.of("医療の質：診断")).isEqualTo(NameKey.of("医療の質:診断"));
		assertThat(NameKey.of("山田 太郎")).isEqualTo(NameKey.of("山田　太郎")).isNotEqualTo(NameKey.of("山田 次郎"));
	}

}
