package jp.or.jrs.renewal.ledger;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemChunksTests {

	@Test
	void decodesWhatItEncodedInItsOrder() {
		List<Problem> problems = List.of(
				new Problem(5, "開催日", "BAD_DATE", new Message("日付ではありません（例: 2026-04-10）", "not a date (e.g. 2026-04-10)"),
						"令和8年4月10日"),
				new Problem(5, "units", "BAD_UNITS", new Message("", "not hours"), ""),
				new Problem(3, "", "DUPLICATE", new Message("重複", "again"), "\u0000 \"quoted\", =cmd() 𠮷"),
				// Texts at their clipped lengths, in characters of three bytes: the longest a problem stores.
				new Problem(900_000, "列".repeat(300), "X", new Message("あ".repeat(3000), "a".repeat(3000)),
						"値".repeat(2000)));
		List<Problem> decoded = new ArrayList<>(List.of(new Problem(1, "kept", "FIRST", new Message("", ""), "")));

		ProblemChunks.decode(ProblemChunks.encode(problems), decoded);

		assertThat(decoded).hasSize(5).first().extracting(Problem::code).isEqualTo("FIRST");
		assertThat(decoded.subList(1, 5)).containsExactlyElementsOf(problems);
		assertThat(decoded.get(4).value()).hasSize(1000).endsWith("…");
	}

	@Test
	void refusesAFormatItDoesNotKnow() {
		byte[] chunk = ProblemChunks.encode(List.of(Problem.ofFile("EMPTY", new Message("空", "empty"))));
		chunk[0] = (byte) (ProblemChunks.VERSION + 1);

		assertThatThrownBy(() -> ProblemChunks.decode(chunk, new ArrayList<>())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("format " + (ProblemChunks.VERSION + 1));
	}

}
