package jp.or.jrs.renewal.roster;

import java.util.List;

import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.support.Problem;

/**
 * A roster row after validation, exactly one of: accepted (a credit, no problems), rejected (every
 * problem it has), or a duplicate of an earlier accepted row of the same file (one {@code DUPLICATE}
 * problem).
 */
public record ValidatedRow(int line, Credit credit, List<Problem> problems, boolean duplicate) {

	public static ValidatedRow accepted(Credit credit) {
		return new ValidatedRow(credit.line(), credit, List.of(), false);
	}

	public static ValidatedRow rejected(int line, List<Problem> problems) {
		return new ValidatedRow(line, null, List.copyOf(problems), false);
	}

	public static ValidatedRow duplicate(Credit credit, Problem problem) {
		return new ValidatedRow(credit.line(), credit, List.of(problem), true);
	}

	public boolean isAccepted() {
		return this.credit != null && !this.duplicate;
	}

	public boolean isRejected() {
		return this.credit == null;
	}

}
