package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.credits.RuleVersion.Requirement;
import jp.or.jrs.renewal.ledger.Credit;

/**
 * Why a certification was judged as it was, credit by credit: what each credit of the window counted
 * toward, what a cap took from it, which credits were sent twice or count as another kind too, which lie
 * outside the window, what is still needed and where to get it, and what would leave the window if the
 * renewal slipped a year. The member statement shows it; the verdict is the same {@link Assessment} the
 * night writes.
 *
 * @param credits the credits of the window, by date, each with what it counted toward
 * @param outside the member's credits outside the window, by date
 * @param stillNeeded per unmet requirement, how much more and where it can be earned
 * @param slipStart where the window would start if the renewal slipped a year (without a deferral)
 * @param leaving the credits of the window held before {@code slipStart}: they would drop out
 */
public record Explanation(Assessment assessment, List<Bar> bars, List<CreditFate> credits, List<CreditFate> outside,
		List<Advice> stillNeeded, LocalDate slipStart, List<CreditFate> leaving) {

	/** A requirement drawn as a bar: earned, counted (after caps), needed, and its cap if it has one. */
	public record Bar(RequirementResult result, Requirement requirement, BigDecimal cap) {

		/** The scale of the bar: the largest of earned, needed and cap. */
		public BigDecimal scale() {
			BigDecimal scale = this.result.earned().max(BigDecimal.ONE);
			if (this.result.needed() != null) {
				scale = scale.max(this.result.needed());
			}
			return (this.cap != null) ? scale.max(this.cap) : scale;
		}

		public double percent(BigDecimal value) {
			return (value == null) ? 0 : value.doubleValue() * 100 / scale().doubleValue();
		}

		/** How much more is needed; 0 when met or when it is a cap. */
		public BigDecimal missing() {
			return (this.result.needed() == null || this.result.met()) ? BigDecimal.ZERO
					: this.result.needed().subtract(this.result.counted());
		}

	}

	/**
	 * A credit and its fate in one certification.
	 *
	 * @param meeting the catalog's meeting (its current name)
	 * @param contributions what it counted toward, requirement by requirement
	 * @param alsoSent the same credit sent again in other files (it counts once)
	 * @param countsAlsoAs the other kinds it counts as too (a society lecture as a common lecture)
	 */
	public record CreditFate(Credit credit, Meeting meeting, List<Contribution> contributions, List<Credit> alsoSent,
			List<Contribution> countsAlsoAs) {

		/** Everything it counted, over all requirements of the certification. */
		public BigDecimal counted() {
			BigDecimal counted = BigDecimal.ZERO;
			for (Contribution c : this.contributions) {
				counted = counted.add(c.counted());
			}
			return counted;
		}

		public boolean capped() {
			for (Contribution c : this.contributions) {
				if (c.capped()) {
					return true;
				}
			}
			for (Contribution c : this.countsAlsoAs) {
				if (c.capped()) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * What a credit earned toward a requirement, and what it counted after the caps.
	 *
	 * @param occurrenceCapped the meeting occurrence's 講習受講上限数 took some of it (else the requirement's cap)
	 * @param as the kind the credit counted as, for an equivalent; {@code null} for the credit itself
	 */
	public record Contribution(String requirement, BigDecimal earned, BigDecimal counted, boolean occurrenceCapped,
			String as) {

		public boolean capped() {
			return this.counted.compareTo(this.earned) < 0;
		}

		public BigDecimal lost() {
			return this.earned.subtract(this.counted);
		}

	}

	/**
	 * An unmet requirement: how much more it needs and the catalog meetings that give the most for it.
	 *
	 * @param measure what it adds up, for wording the advice
	 * @param meetings catalog meetings that count toward it, most units first (none for lectures whose
	 * meetings the catalog does not say, and for clinical units)
	 */
	public record Advice(String requirement, BigDecimal missing, Measure measure, Requirement rule,
			List<MeetingOffer> meetings) {
	}

	/** A meeting of the catalog and what one attendance (or one occurrence's lectures) gives. */
	public record MeetingOffer(Meeting meeting, BigDecimal units) {
	}

}
