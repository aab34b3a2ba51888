package jp.or.jrs.renewal.credits;

import java.time.LocalDate;
import java.util.List;

import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.member.Certification;

/** One member's certifications and every ledger row of theirs: what the credits step judges at once. */
public record MemberCredits(String memberId, LocalDate birthDate, List<Certification> certifications,
		List<Credit> credits) {
}
