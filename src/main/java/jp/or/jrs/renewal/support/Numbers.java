package jp.or.jrs.renewal.support;

import java.math.BigDecimal;

/**
 * Numbers as the reports write them: plain decimals without trailing zeros ({@code 60}, {@code 12.5}), and
 * counts on pages with their thousands grouped ({@code 1,088,542}).
 */
public final class Numbers {

	private Numbers() {
	}

	public static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		// Units are whole or half: print those without going through stripTrailingZeros (nor through
		// unscaledValue, which makes a BigInteger of every number: 19 MB of a judging night's garbage).
		if (value.scale() == 0) {
			return value.toPlainString();
		}
		if (value.scale() == 1) {
			String tenths = value.toPlainString();
			return tenths.endsWith(".0") ? tenths.substring(0, tenths.length() - 2) : tenths;
		}
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/**
	 * A count with its thousands grouped by commas, as Thymeleaf's {@code #numbers.formatInteger(n, 1, 'COMMA')}
	 * writes it, for the tables of pages that grow with the runs: computed here, a row's counts cost the
	 * template a property read each instead of a method call through the expression language.
	 */
	public static String grouped(long value) {
		String digits = Long.toString(value);
		int sign = (value < 0) ? 1 : 0;
		int length = digits.length() - sign;
		StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
		grouped.append(digits, 0, sign + ((length % 3 == 0) ? 3 : length % 3));
		for (int i = grouped.length(); i < digits.length(); i += 3) {
			grouped.append(',').append(digits, i, i + 3);
		}
		return grouped.toString();
	}

}
