package jp.or.jrs.renewal.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

/**
 * Validates the rows of one roster file, a chunk's rows at a time ({@link RosterFileReader}), and recognises
 * duplicates: a row whose key appeared earlier in
 * the same file on an accepted row (spec §3). When a file's ingestion resumes after a failure, the keys
 * its committed chunks accepted come from the ledger, so a duplicate is still recognised across the
 * restart.
 */
public class RosterRowValidator implements ItemProcessor<List<RosterRecord>, List<ValidatedRow>>, ItemStream {

	private static final String ROWS = "rosterRowValidator.rows";

	private final RosterChecks checks;

	private final Supplier<Map<Credit.Key, Integer>> committedKeys;

	/** The meetings the file may report for; {@code null} for any. */
	private final Set<MeetingId> permitted;

	private final Map<Credit.Key, Integer> acceptedLines = new HashMap<>(1 << 14);

	private int rows;

	/**
	 * @param committedKeys the keys (and lines) the file has in the ledger already, asked for only when a
	 * file's ingestion resumes
	 */
	public RosterRowValidator(RosterChecks checks, Supplier<Map<Credit.Key, Integer>> committedKeys) {
		this(checks, committedKeys, Optional.empty());
	}

	/**
	 * @param permitted the meetings the file may report for ({@link RosterPermissions}); empty for any
	 */
	public RosterRowValidator(RosterChecks checks, Supplier<Map<Credit.Key, Integer>> committedKeys,
			Optional<Set<MeetingId>> permitted) {
		this.checks = checks;
		this.committedKeys = committedKeys;
		this.permitted = permitted.orElse(null);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.acceptedLines.clear();
		this.rows = executionContext.getInt(ROWS, 0);
		if (this.rows > 0) {
			this.acceptedLines.putAll(this.committedKeys.get());
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(ROWS, this.rows);
	}

	/** The rows validated, in the order read: a rejected or duplicate row stays, with its problems. */
	@Override
	public List<ValidatedRow> process(List<RosterRecord> records) {
		List<ValidatedRow> rows = new ArrayList<>(records.size());
		for (RosterRecord record : records) {
			rows.add(validate(record));
		}
		return rows;
	}

	public ValidatedRow validate(RosterRecord record) {
		this.rows++;
		ValidatedRow row = this.checks.check(record);
		if (!row.isAccepted()) {
			return row;
		}
		if (this.permitted != null && !this.permitted.contains(row.credit().meeting())) {
			return ValidatedRow.rejected(row.line(), List.of(new Problem(row.line(),
					record.header().name(RosterColumn.MEETING), "MEETING_NOT_PERMITTED", new Message(
							"この学術集会の名簿を送る権限がありません。学術集会を確かめるか、事務局に権限を申し出てください",
							"your account may not report for this meeting; check the meeting, or ask the office to add it to your account"),
					record.header().cell(record.row(), RosterColumn.MEETING))));
		}
		Integer first = this.acceptedLines.putIfAbsent(row.credit().key(), row.line());
		if (first == null) {
			return row;
		}
		return ValidatedRow.duplicate(row.credit(), new Problem(row.line(), "", "DUPLICATE", new Message(
				first + " 行目と同じ単位です(会員・学術集会・開催日・区分・講習IDが同じ)。1回だけ数えます",
				"the same credit as line " + first + " (same member, meeting, date, credit type and lecture id); it "
						+ "counts once"), ""));
	}

}
