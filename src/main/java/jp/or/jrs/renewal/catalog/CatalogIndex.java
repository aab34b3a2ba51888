package jp.or.jrs.renewal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
		return (found.size() == 1) ? new MeetingMatch.Found(found.get(0)) : new MeetingMatch.Ambiguous(found);
	}

	private List<String> closestNames(String key) {
		record Scored(String name, double distance) {
		}
		List<Scored> scored = new ArrayList<>();
		this.suggestions.forEach((candidate, name) -> scored.add(new Scored(name, distance(key, candidate))));
		scored.sort(Comparator.comparingDouble(Scored::distance));
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (Scored candidate : scored) {
			if (names.size() == CLOSEST) {
				break;
			}
			names.add(candidate.name());
		}
		return List.copyOf(names);
	}

	/** Edit distance relative to the longer name: 0 for equal names, 1 for nothing in common. */
	static double distance(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		if (x.length == 0 || y.length == 0) {
			return 1;
		}
		int[] previous = new int[y.length + 1];
		int[] current = new int[y.length + 1];
		for (int j = 0; j <= y.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			for (int j = 1; j <= y.length; j++) {
				int substitution = previous[j - 1] + ((x[i - 1] == y[j - 1]) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return (double) previous[y.length] / Math.max(x.length, y.length);
	}

}
