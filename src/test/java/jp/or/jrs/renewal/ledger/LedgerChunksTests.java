package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerChunksTests {

	@Test
	void decodesWhatItEncoded() {
		List<CreditEntry> entries = List.of(
				new CreditEntry(2, "0010001", "M0001", LocalDate.of(2024, 4, 11), "ATTENDANCE", "", "", BigDecimal.ZERO),
				new CreditEntry(3, "0010001", "M0001", LocalDate.of(2024, 4, 11), "SOCIETY_LECTURE", "S-1",
						"医療の質:診断", BigDecimal.ZERO),
				new CreditEntry(900_000, "0000000000000000000000000000042", "M0342", LocalDate.of(1999, 12, 31),
						"DOMAIN_LECTURE", "講習Ａ－１２", "診断・治療", new BigDecimal("12")),
				new CreditEntry(900_001, "7", "M0200", LocalDate.of(2026, 11, 24), "COMMON_LECTURE", "x".repeat(100),
						"両立支援", new BigDecimal("0.5")),
				new CreditEntry(900_002, "8", "M0001", LocalDate.of(1965, 9, 20), "ATTENDANCE", "", "", BigDecimal.ZERO),
				new CreditEntry(900_003, "9", "M0001", LocalDate.of(1, 1, 1), "ATTENDANCE", "", "", BigDecimal.ZERO));
		List<LedgerCredit> decoded = new ArrayList<>();
		LedgerChunks.decode(LedgerChunks.encode(entries), decoded::add);

		assertThat(decoded).hasSize(6);
		for (int i = 0; i < entries.size(); i++) {
			CreditEntry e = entries.get(i);
			LedgerCredit d = decoded.get(i);
			assertThat(d.line()).isEqualTo(e.line());
			assertThat(d.memberId()).isEqualTo(e.memberId());
			assertThat(d.meetingNo()).isEqualTo(Integer.parseInt(e.meetingId().substring(1)));
			assertThat(d.heldOn()).isEqualTo(e.heldOn());
			assertThat(d.creditType()).isEqualTo(e.creditType());
			assertThat(d.lectureId()).isEqualTo(e.lectureId());
			assertThat(d.topic()).isEqualTo(e.topic());
			assertThat(d.units()).isEqualByComparingTo(e.units());
		}
	}

	@Test
	void isCompact() {
		List<CreditEntry> entries = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			entries.add(new CreditEntry(i + 2, String.format("%07d", 10001 + i), "M0001", LocalDate.of(2024, 4, 11),
					"ATTENDANCE", "", "", BigDecimal.ZERO));
		}
		// About 17 bytes an attendance, most of it the member id.
		assertThat(LedgerChunks.encode(entries).length).isLessThan(2000 * 18);
	}

	@Test
	void refusesAFormatItDoesNotKnow() {
		assertThatThrownBy(() -> LedgerChunks.decode(new byte[] { 9, 0 }, c -> {
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("format 9");
	}

}
