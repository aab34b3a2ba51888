package jp.or.jrs.renewal.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The names closest to one that is not known, for "did you mean …": compared as {@link NameKey}s by the
 * Dice coefficient of their character pairs. Shared runs count whatever the lengths, so
 * {@code 関東放射線地方会} is closest to {@code 日本医学放射線学会関東地方会}, not to a short name that
 * happens to be few edits away.
 */
public final class Closest {

	private Closest() {
	}

	/**
	 * Up to {@code count} of the candidates, closest first (each given as its key and the name to show).
	 */
	public static List<String> to(String text, Map<String, String> namesByKey, int count) {
		String key = NameKey.of(text);
		record Scored(String name, double similarity) {
		}
		List<Scored> scored = new ArrayList<>();
		namesByKey.forEach((candidate, name) -> scored.add(new Scored(name, similarity(key, candidate))));
		scored.sort(Comparator.comparingDouble(Scored::similarity).reversed());
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (Scored candidate : scored) {
			if (names.size() == count) {
				break;
			}
			names.add(candidate.name());
		}
		return List.copyOf(names);
	}

	/** Up to {@code count} of some names, closest first. */
	public static List<String> to(String text, Collection<String> names, int count) {
		Map<String, String> byKey = new HashMap<>();
		names.forEach(name -> byKey.putIfAbsent(NameKey.of(name), name));
		return to(text, byKey, count);
	}

	/** How alike two name keys are, from 0 to 1. */
	public static double similarity(String a, String b) {
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
