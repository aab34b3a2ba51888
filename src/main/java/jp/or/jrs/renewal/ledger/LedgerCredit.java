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

	/**
	 * (occurrence, credit type, lecture): the same credit, whichever file sent it. Hash and equality are
	 * written out for speed, as in {@link CreditEntry.Key}.
	 */
	public record Key(int meetingNo, LocalDate heldOn, String creditType, String lectureId) {

		@Override
		public int hashCode() {
			int hash = this.meetingNo;
			hash = 31 * hash + this.heldOn.hashCode();
			hash = 31 * hash + this.creditType.hashCode();
			return 31 * hash + this.lectureId.hashCode();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.meetingNo == key.meetingNo && this.heldOn.equals(key.heldOn)
					&& this.creditType.equals(key.creditType) && this.lectureId.equals(key.lectureId);
		}

	}

}
