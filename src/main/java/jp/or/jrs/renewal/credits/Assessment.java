package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.util.List;

import jp.or.jrs.renewal.member.Certification;

/** One certification judged: a row of {@code eligibility.csv} and its rows of {@code requirements.csv}. */
public record Assessment(Certification certification, RenewalWindow window, String rulesVersion,
		List<RequirementResult> requirements, String headline, List<String> notes) {

	public boolean eligible() {
		return this.requirements.stream().allMatch(RequirementResult::met);
	}

	public String status() {
		return eligible() ? "ELIGIBLE" : "SHORT";
	}

	public List<String> unmet() {
		return this.requirements.stream().filter(r -> !r.met()).map(RequirementResult::code).toList();
	}

	public RequirementResult headlineResult() {
		return this.requirements.stream().filter(r -> r.code().equals(this.headline)).findFirst().orElseThrow();
	}

	public BigDecimal countedUnits() {
		return headlineResult().counted();
	}

	public BigDecimal neededUnits() {
		return headlineResult().needed();
	}

}
