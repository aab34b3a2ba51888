package jp.or.jrs.renewal.roster;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import jp.or.jrs.renewal.ledger.CreditEntry;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.support.Problem;

/**
 * Validates the rows of one roster file and recognises duplicates: a row whose key appeared earlier in
 * the same file on an accepted row (spec §3). The keys seen so far come from the ledger when the step
 * opens, so a restarted file still knows the rows its committed chunks accepted.
 */
public class RosterRowValidator implements ItemProcessor<RosterRecord, ValidatedRow>, ItemStream {

	private final RosterChecks checks;

	private final CreditLedger ledger;

	private final String fileName;

	private final Map<CreditEntry.Key, Integer> acceptedLines = new HashMap<>();

	public RosterRowValidator(RosterChecks checks, CreditLedger ledger, String fileName) {
		this.checks = checks;
		this.ledger = ledger;
		this.fileName = fileName;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.acceptedLines.clear();
		this.acceptedLines.putAll(this.ledger.acceptedKeys(this.fileName));
	}

	@Override
	public ValidatedRow process(RosterRecord record) {
		ValidatedRow row = this.checks.check(record);
		if (!row.isAccepted()) {
			return row;
		}
		Integer first = this.acceptedLines.putIfAbsent(row.credit().key(), row.line());
		if (first == null) {
			return row;
		}
		return ValidatedRow.duplicate(row.credit(), new Problem(row.line(), "", "DUPLICATE", "the same credit as line "
				+ first + " (same member, meeting, date, credit type and lecture id); it counts once", ""));
	}

}
