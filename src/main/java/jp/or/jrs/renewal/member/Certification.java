package jp.or.jrs.renewal.member;

import java.time.LocalDate;

/**
 * A certification a member holds and must renew.
 *
 * @param certification the certification's code, as the rule files name it ({@code BOARD}…)
 * @param expiresOn the last day of the current certification
 * @param grace a one-year deferral (更新猶予)
 * @param clinicalUnits 診療実績 units the office accepted (board system)
 */
public record Certification(String memberId, String certification, LocalDate expiresOn, boolean grace,
		int clinicalUnits) {
}
