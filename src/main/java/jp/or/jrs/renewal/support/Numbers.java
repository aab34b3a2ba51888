package jp.or.jrs.renewal.support;

import java.math.BigDecimal;

/** Numbers as the reports write them: plain decimals without trailing zeros ({@code 60}, {@code 12.5}). */
public final class Numbers {

	private Numbers() {
	}

	public static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		// Units are whole or half: print those without going through stripTrailingZeros.
		if (value.scale() == 0) {
			return value.toPlainString();
		}
		if (value.scale() == 1 && value.unscaledValue().bitLength() < 63) {
			long tenths = value.unscaledValue().longValue();
			return (tenths % 10 == 0) ? Long.toString(tenths / 10) : value.toPlainString();
		}
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
