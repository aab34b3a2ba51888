package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jp.or.jrs.renewal.member.Certification;

/**
 * One certification judged: a row of {@code eligibility.csv} and its rows of {@code requirements.csv}. Its
 * questions are asked several times of every assessment while a night writes its files and keeps its
 * verdicts: they are plain loops over a handful of requirements, not stream pipelines.
 */
public record Assessment(Certification certification, RenewalWindow window, String rulesVersion,
		List<RequirementResult> requirements, String headline, List<String> notes) {

	public boolean eligible() {
		return allMet(this.requirements);
	}

	/** Whether every requirement is met: the verdict, before the assessment that holds it is made. */
	static boolean allMet(List<RequirementResult> requirements) {
		for (RequirementResult requirement : requirements) {
			if (!requirement.met()) {
				return false;
			}
		}
		return true;
	}

	public String status() {
		return eligible() ? "ELIGIBLE" : "SHORT";
	}

	public List<String> unmet() {
		List<String> unmet = new ArrayList<>(this.requirements.size());
		for (RequirementResult requirement : this.requirements) {
			if (!requirement.met()) {
				unmet.add(requirement.code());
			}
		}
		return List.copyOf(unmet);
	}

	public RequirementResult headlineResult() {
		for (RequirementResult requirement : this.requirements) {
			if (requirement.code().equals(this.headline)) {
				return requirement;
			}
		}
		throw new NoSuchElementException("no requirement " + this.headline + " among " + this.requirements);
	}

	public BigDecimal countedUnits() {
		return headlineResult().counted();
	}

	public BigDecimal neededUnits() {
		return headlineResult().needed();
	}

}
