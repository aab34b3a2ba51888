package jp.or.jrs.renewal.catalog;

import java.util.List;

/** What a roster's meeting name refers to. */
public sealed interface MeetingMatch {

	/**
	 * The name is a meeting's current name, or the former name of exactly one meeting.
	 * @param formerName the former name it was given by, as the catalog lists it; empty for the current name
	 */
	record Found(Meeting meeting, String formerName) implements MeetingMatch {
	}

	/** The name is a former name of several current meetings. */
	record Ambiguous(List<Meeting> candidates) implements MeetingMatch {
	}

	/** No meeting has this name; the closest catalog names, best first. */
	record Unknown(List<String> closestNames) implements MeetingMatch {
	}

}
