package jp.or.jrs.renewal.credits;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The credits step's processor: a member and their credits in, their certifications judged out. */
public class RenewalAssessor implements ItemProcessor<MemberCredits, MemberAssessments> {

	private final RulesEngine engine;

	public RenewalAssessor(RulesEngine engine) {
		this.engine = engine;
	}

	@Override
	public MemberAssessments process(MemberCredits member) {
		return new MemberAssessments(member.memberId(), this.engine.assess(member));
	}

}
