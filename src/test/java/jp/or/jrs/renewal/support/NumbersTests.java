package jp.or.jrs.renewal.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTests {

	@Test
	void countsAreGroupedAsThePagesTemplatesGroupedThem() {
		org.thymeleaf.expression.Numbers thymeleaf = new org.thymeleaf.expression.Numbers(Locale.JAPAN);
		LongStream.concat(LongStream.rangeClosed(-1_100, 1_100), LongStream.of(9_999, 10_000, 99_999, 100_000,
				999_999, 1_000_000, 1_088_542, 10_946_301, Integer.MAX_VALUE, Integer.MIN_VALUE))
			.forEach(n -> assertThat(Numbers.grouped(n)).as("%d", n)
				.isEqualTo(thymeleaf.formatInteger(n, 1, "COMMA")));
		assertThat(Numbers.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
	}

	@Test
	void unitsArePlainDecimals() {
		assertThat(Numbers.plain(new BigDecimal("12.50"))).isEqualTo("12.5");
		assertThat(Numbers.plain(new BigDecimal("60.0"))).isEqualTo("60");
		assertThat(Numbers.plain(null)).isEmpty();
	}

	@Test
	void everyUnitIsWrittenAsItsPlainDecimalWithoutTrailingZeros() {
		List<BigDecimal> values = new ArrayList<>();
		for (int scale = 0; scale <= 3; scale++) {
			for (long unscaled = -2_000; unscaled <= 2_000; unscaled++) {
				values.add(BigDecimal.valueOf(unscaled, scale));
			}
			values.add(new BigDecimal(new java.math.BigInteger("123456789012345678901234567890"), scale));
			values.add(BigDecimal.valueOf(Long.MIN_VALUE, scale));
		}
		for (BigDecimal value : values) {
			String expected = (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
			assertThat(Numbers.plain(value)).as("%s (scale %d)", value, value.scale()).isEqualTo(expected);
		}
	}

}
