package jp.or.jrs.renewal.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.or.jrs.renewal.support.Closest;
import jp.or.jrs.renewal.support.NameKey;

/**
 * Finds the meeting a roster names (spec §2): both sides compared as {@link NameKey}s, current names
 * first, then former names; a former name of several current meetings is ambiguous. Results are cached
 * per spelling, since a roster repeats the same few names thousands of times. Thread-safe.
 */
public final class CatalogIndex {

	private static final int CLOSEST = 3;

	private final Map<String, List<Meeting>> byCurrentName = new HashMap<>();

	private final Map<String, List<Meeting>> byFormerName = new HashMap<>();

	/** Every name key with the current name it stands for, for suggestions. */
	private final Map<String, String> suggestions = new LinkedHashMap<>();

	private final Map<String, MeetingMatch> cache = new ConcurrentHashMap<>();

	public CatalogIndex(List<Meeting> meetings) {
		for (Meeting meeting : meetings) {
			String key = NameKey.of(meeting.name());
			this.byCurrentName.computeIfAbsent(key, k -> new ArrayList<>()).add(meeting);
			this.suggestions.putIfAbsent(key, meeting.name());
			for (String former : meeting.formerNames()) {
				String formerKey = NameKey.of(former);
				this.byFormerName.computeIfAbsent(formerKey, k -> new ArrayList<>()).add(meeting);
				this.suggestions.putIfAbsent(formerKey, meeting.name());
			}
		}
	}

	public MeetingMatch match(String name) {
		return this.cache.computeIfAbsent(name, this::lookUp);
	}

	private MeetingMatch lookUp(String name) {
		String key = NameKey.of(name);
		List<Meeting> found = this.byCurrentName.getOrDefault(key, this.byFormerName.get(key));
		if (found == null) {
			return new MeetingMatch.Unknown(closestNames(key));
		}
		if (found.size() > 1) {
			return new MeetingMatch.Ambiguous(found);
		}
		Meeting meeting = found.get(0);
		String formerName = this.byCurrentName.containsKey(key) ? ""
				: meeting.formerNames().stream().filter(former -> NameKey.of(former).equals(key)).findFirst().orElse("");
		return new MeetingMatch.Found(meeting, formerName);
	}

	private List<String> closestNames(String key) {
		return Closest.to(key, this.suggestions, CLOSEST);
	}

}
