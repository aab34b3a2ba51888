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
		record Scored(String name, double similarity) {
		}
		List<Scored> scored = new ArrayList<>();
		this.suggestions.forEach((candidate, name) -> scored.add(new Scored(name, similarity(key, candidate))));
		scored.sort(Comparator.comparingDouble(Scored::similarity).reversed());
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (Scored candidate : scored) {
			if (names.size() == CLOSEST) {
				break;
			}
			names.add(candidate.name());
		}
		return List.copyOf(names);
	}

	/**
	 * How alike two name keys are, from 0 to 1: the Dice coefficient of their character pairs. Shared
	 * runs count whatever the lengths, so {@code 関東放射線地方会} is closest to
	 * {@code 日本医学放射線学会関東地方会}, not to a short name that happens to be few edits away.
	 */
	static double similarity(String a, String b) {
		Map<String, Integer> pairs = pairs(a);
		int total = pairs.values().stream().mapToInt(Integer::intValue).sum();
		int shared = 0;
		int others = 0;
		for (Map.Entry<String, Integer> pair : pairs(b).entrySet()) {
			others += pair.getValue();
			shared += Math.min(pair.getValue(), pairs.getOrDefault(pair.getKey(), 0));
		}
		return (total + others == 0) ? 0 : 2.0 * shared / (total + others);
	}

	private static Map<String, Integer> pairs(String key) {
		int[] cps = key.codePoints().toArray();
		Map<String, Integer> pairs = new HashMap<>();
		if (cps.length == 1) {
			pairs.put(new String(cps, 0, 1), 1);
		}
		for (int i = 0; i + 1 < cps.length; i++) {
			pairs.merge(new String(cps, i, 2), 1, Integer::sum);
		}
		return pairs;
	}

}
