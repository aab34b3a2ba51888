package jp.or.jrs.renewal.catalog;

/** A meeting's id as reports show it ({@code M0001}) and as the database keeps it (1). */
public final class MeetingIds {

	private MeetingIds() {
	}

	public static String id(int number) {
		return String.format("M%04d", number);
	}

	public static int number(String id) {
		return Integer.parseInt(id, 1, id.length(), 10);
	}

}
