package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit of the ledger as the credits step reads it. Its key, everything but line, topic and units,
 * is what makes two ledger rows (from two files) one credit.
 *
 * @param line the line of the roster file it came from
 * @param meetingNo the meeting's number ({@code M0001} is 1)
 */
public record LedgerCredit(int line, String memberId, int meetingNo, LocalDate heldOn, String creditType,
		String lectureId, String topic, BigDecimal units) {

	public Key key() {
		return new Key(this.meetingNo, this.heldOn, this.creditType, this.lectureId);
	}

	/** (occurrence, credit type, lecture): the same credit, whichever file sent it. */
	public record Key(int meetingNo, LocalDate heldOn, String creditType, String lectureId) {
	}

}
