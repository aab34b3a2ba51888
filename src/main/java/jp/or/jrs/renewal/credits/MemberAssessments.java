package jp.or.jrs.renewal.credits;

import java.util.List;

/** A member's certifications, judged. */
public record MemberAssessments(String memberId, List<Assessment> assessments) {
}
