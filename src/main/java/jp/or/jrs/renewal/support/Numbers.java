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
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
