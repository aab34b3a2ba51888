package jp.or.jrs.renewal.catalog;

import java.util.List;

/** What a roster's meeting name refers to. */
public sealed interface MeetingMatch {

	/** The name is a meeting's current name, or the former name of exactly one meeting. */
	record Found(Meeting meeting) implements MeetingMatch {
	}

	/** The name is a former name of several current meetings. */
	record Ambiguous(List<Meeting> candidates) implements MeetingMatch {
	}

	/** No meeting has this name; the closest catalog names, best first. */
	record Unknown(List<String> closestNames) implements MeetingMatch {
	}

}
