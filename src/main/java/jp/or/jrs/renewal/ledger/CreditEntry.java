package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An accepted roster row, as the ledger keeps it (the file it came from is the writer's). {@code lectureId}
 * and {@code topic} are empty for attendance; {@code units} is 0 where the credit type takes none from
 * the roster.
 */
public record CreditEntry(int line, String memberId, String meetingId, LocalDate heldOn, String creditType,
		String lectureId, String topic, BigDecimal units) {

	public Key key() {
		return new Key(this.memberId, this.meetingId, this.heldOn, this.creditType, this.lectureId);
	}

	/** The key of a credit (spec §3): (member, occurrence, credit type, lecture id). */
	public record Key(String memberId, String meetingId, LocalDate heldOn, String creditType, String lectureId) {
	}

}
