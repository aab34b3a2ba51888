package jp.or.jrs.renewal.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void noCharacterTakenForPlainIsWhitespace() {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			if (Text.isPlain((char) c)) {
				assertThat(Character.isWhitespace(c)).as("U+%04X", c).isFalse();
			}
		}
	}

	@Test
	void stripsAsStringStripDoes() {
		for (String cell : new String[] { "", " ", "東京", "　東京　", "東京\u2003", "\t0010001 ", "ﾄｳｷｮｳ", "A", "é ",
				"\u00A0東京\u00A0", "𠮷野家" }) {
			assertThat(Text.strip(cell)).as(cell).isEqualTo(cell.strip());
		}
		String plain = "日本医学放射線学会 総会";
		assertThat(Text.strip(plain)).as("nothing to strip, nothing copied").isSameAs(plain);
	}

}
