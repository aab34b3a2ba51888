package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

import jp.or.jrs.renewal.catalog.MeetingId;

/**
 * A credit: an accepted roster row as the ledger keeps it and the credits step judges it.
 *
 * @param fileId the ledger's id of the roster file it came from; 0 for a row that is only being checked
 * @param line the physical line of the roster file where its row starts
 * @param reportedAs the former name of the meeting the roster gave, as the catalog lists it; empty when
 * the roster gave the current name
 * @param lectureId the organizer's id of the lecture session; empty for attendance
 * @param topic the lecture's topic; {@link Topic#NONE} for attendance
 * @param units the lecture's hours; 0 where the credit type takes no units from the roster
 */
public record Credit(int fileId, int line, String memberId, MeetingId meeting, String reportedAs, LocalDate heldOn,
		CreditType type, String lectureId, Topic topic, BigDecimal units) {

	/**
	 * Date, then file and line: the order in which credits are capped and listed (written out rather than
	 * composed of key extractors: statements sort every credit of every member with it).
	 */
	public static final Comparator<Credit> BY_DATE = (a, b) -> {
		int date = a.heldOn.compareTo(b.heldOn);
		if (date != 0) {
			return date;
		}
		return (a.fileId != b.fileId) ? Integer.compare(a.fileId, b.fileId) : Integer.compare(a.line, b.line);
	};

	public Key key() {
		return new Key(this.memberId, this.meeting, this.heldOn, this.type, this.lectureId);
	}

	/** The same credit counted as another kind (spec §4.2: a society lecture is also a common lecture). */
	public Credit as(CreditType type, Topic topic, BigDecimal units) {
		return new Credit(this.fileId, this.line, this.memberId, this.meeting, this.reportedAs, this.heldOn, type,
				this.lectureId, topic, units);
	}

	/**
	 * The key of a credit (spec §3): (member, meeting occurrence, credit type, lecture id). The same credit
	 * sent in two files counts once; sent twice in one file, the second is a duplicate. Hash and equality
	 * are written out: every roster row is looked up by its key, and a record's generated ones run through
	 * method handles that a fresh JVM interprets for the first seconds of ingestion.
	 */
	public record Key(String memberId, MeetingId meeting, LocalDate heldOn, CreditType type, String lectureId) {

		@Override
		public int hashCode() {
			int hash = this.memberId.hashCode();
			hash = 31 * hash + this.meeting.number();
			hash = 31 * hash + this.heldOn.hashCode();
			hash = 31 * hash + this.type.code();
			return 31 * hash + this.lectureId.hashCode();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.memberId.equals(key.memberId)
					&& this.meeting.number() == key.meeting.number() && this.heldOn.equals(key.heldOn)
					&& this.type == key.type && this.lectureId.equals(key.lectureId);
		}

	}

}
