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

	/**
	 * The key of a credit (spec §3): (member, occurrence, credit type, lecture id). Its hash and equality
	 * are written out: every roster row is looked up by its key, and the generated ones of a record run
	 * through method handles that a fresh JVM interprets for the first seconds of ingestion.
	 */
	public record Key(String memberId, String meetingId, LocalDate heldOn, String creditType, String lectureId) {

		@Override
		public int hashCode() {
			int hash = this.memberId.hashCode();
			hash = 31 * hash + this.meetingId.hashCode();
			hash = 31 * hash + this.heldOn.hashCode();
			hash = 31 * hash + this.creditType.hashCode();
			return 31 * hash + this.lectureId.hashCode();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.memberId.equals(key.memberId) && this.meetingId.equals(key.meetingId)
					&& this.heldOn.equals(key.heldOn) && this.creditType.equals(key.creditType)
					&& this.lectureId.equals(key.lectureId);
		}

	}

}
