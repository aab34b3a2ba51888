package jp.or.jrs.renewal.report;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

import static org.assertj.core.api.Assertions.assertThat;

/** Text escaped outside the templates exactly as the templates' {@code th:text} escapes it. */
class HtmlTests {

	@Test
	void everyCharacterIsEscapedAsTheTemplatesEscapeIt() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String value = "a" + c + "b";
			assertThat(Html.text(value)).as("U+%04X", (int) c).isEqualTo(unbescape(value));
		}
	}

	@Test
	void markupInANameStaysText() {
		String hostile = "<img src=x onerror=\"alert('x')\">&amp; 佐藤 🩻";
		assertThat(Html.text(hostile)).isEqualTo(unbescape(hostile))
			.isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp; 佐藤 🩻");
		assertThat(Html.text("")).isEmpty();
		assertThat(Html.text("&&")).isEqualTo("&amp;&amp;");
	}

	private static String unbescape(String value) {
		return HtmlEscape.escapeHtml(value, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
				HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
	}

}
