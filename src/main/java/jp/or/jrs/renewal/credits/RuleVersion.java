package jp.or.jrs.renewal.credits;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;

/**
 * One rule file of {@code jobs/rules/}: the requirements of one version of a credit system, for the
 * renewal years it applies to. Bound from YAML; see the files themselves for the vocabulary.
 *
 * @param version the name reports give ({@code board-2026})
 * @param renewalYears the renewal years (the year a window ends) this version applies to
 * @param headline the requirement whose figures {@code eligibility.csv} shows as counted and needed
 * @param certifications the certifications this version judges, each with its requirements
 * @param equivalences credits that also count as credits of another kind
 * @param notes notes given to some members
 */
public record RuleVersion(String version, @DefaultValue Years renewalYears,
		@DefaultValue("TOTAL_UNITS") String headline, List<CertificationRules> certifications,
		@DefaultValue List<Equivalence> equivalences, @DefaultValue List<Note> notes) {

	/** Renewal years, both ends included; a missing end is open. */
	public record Years(Integer from, Integer to) {

		public boolean contains(int year) {
			return (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
		}

		boolean overlaps(Years other) {
			int lo = Math.max(this.from == null ? Integer.MIN_VALUE : this.from,
					other.from == null ? Integer.MIN_VALUE : other.from);
			int hi = Math.min(this.to == null ? Integer.MAX_VALUE : this.to,
					other.to == null ? Integer.MAX_VALUE : other.to);
			return lo <= hi;
		}

		@Override
		public String toString() {
			return (this.from == null ? "any year" : this.from) + " to "
					+ (this.to == null ? "any year" : this.to);
		}

	}

	public record CertificationRules(String certification, List<Requirement> requirements) {
	}

	/**
	 * One requirement (a row of {@code requirements.csv}).
	 *
	 * @param code the code reports name it by
	 * @param title what the member statement calls it, in Japanese
	 * @param measure what it adds up
	 * @param where which credits it adds up (all when absent)
	 * @param of for {@link Measure#TOTAL}: the requirements it sums
	 * @param min the least it needs; none for a cap that is never unmet
	 * @param cap the most it counts
	 * @param occurrenceCap each meeting occurrence counts at most the catalog's 講習受講上限数
	 */
	public record Requirement(String code, @DefaultValue("") String title, Measure measure,
			@DefaultValue CreditFilter where,
			@DefaultValue List<String> of, BigDecimal min, BigDecimal cap, boolean occurrenceCap) {
	}

	/** Which credits a requirement selects; an absent criterion selects all. */
	public record CreditFilter(@DefaultValue Set<CreditType> creditTypes, Boolean societyRequired,
			@DefaultValue Set<Integer> categories, @DefaultValue Set<String> groups,
			@DefaultValue Set<Topic> topics) {
	}

	/** A credit of one kind and topic also counts as a credit of another (spec §4.2). */
	public record Equivalence(CreditType creditType, Topic topic, CountsAs countsAs) {

		public record CountsAs(CreditType creditType, Topic topic, BigDecimal units) {
		}

	}

	/** A note for members of at least {@code minAge} (completed years on the expiry date) who are short. */
	public record Note(String code, int minAge) {
	}

}
