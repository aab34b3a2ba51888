package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;

/**
 * A requirement as judged: {@code earned} before caps, {@code counted} after; {@code needed} is
 * {@code null} for a cap, which is never unmet.
 */
public record RequirementResult(String code, BigDecimal needed, BigDecimal earned, BigDecimal counted,
		boolean met) {
}
