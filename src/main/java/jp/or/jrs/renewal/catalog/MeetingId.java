package jp.or.jrs.renewal.catalog;

/**
 * A meeting's stable id: {@code M0001} in every report, its number 1 in the database and the ledger.
 * Ids are kept from run to run and across renames ({@link CatalogStore}).
 */
public record MeetingId(int number) implements Comparable<MeetingId> {

	/** The catalog has a few hundred meetings: their ids are made once and shared by every credit. */
	private static final MeetingId[] SHARED = new MeetingId[4096];

	public MeetingId {
		if (number < 1) {
			throw new IllegalArgumentException("a meeting number starts at 1, not " + number);
		}
	}

	public static MeetingId of(int number) {
		if (number >= SHARED.length) {
			return new MeetingId(number);
		}
		MeetingId id = SHARED[number];
		if (id == null) {
			id = new MeetingId(number);
			SHARED[number] = id;
		}
		return id;
	}

	/** {@code M0001} as reports write it. */
	public static MeetingId parse(String text) {
		if (text.length() < 2 || text.charAt(0) != 'M') {
			throw new IllegalArgumentException("'" + text + "' is not a meeting id such as M0001");
		}
		return of(Integer.parseInt(text, 1, text.length(), 10));
	}

	@Override
	public int compareTo(MeetingId other) {
		return Integer.compare(this.number, other.number);
	}

	@Override
	public int hashCode() {
		return this.number;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MeetingId id && id.number == this.number;
	}

	@Override
	public String toString() {
		String digits = Integer.toString(this.number);
		return (digits.length() >= 4) ? "M" + digits : "M" + "0000".substring(digits.length()) + digits;
	}

}
