package jp.or.jrs.renewal.roster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each roster file's reject report goes: {@code <file name without extension>.rejects.csv}. Where
 * two files would share that name ({@code a.csv} and {@code a.CSV}), each keeps its whole name
 * ({@code a.csv.rejects.csv}) so that neither report overwrites the other.
 */
public final class RejectReports {

	private RejectReports() {
	}

	/** The report of each roster file, in {@code folder}. */
	public static Map<String, Path> in(Path folder, List<String> rosterFileNames) {
		Map<String, Long> bases = rosterFileNames.stream()
			.collect(Collectors.groupingBy(name -> base(name).toLowerCase(Locale.ROOT), Collectors.counting()));
		Map<String, Path> reports = new HashMap<>();
		for (String name : rosterFileNames) {
			String stem = (bases.get(base(name).toLowerCase(Locale.ROOT)) > 1) ? name : base(name);
			reports.put(name, folder.resolve(stem + ".rejects.csv"));
		}
		return reports;
	}

	private static String base(String rosterFileName) {
		return rosterFileName.toLowerCase(Locale.ROOT).endsWith(".csv")
				? rosterFileName.substring(0, rosterFileName.length() - 4) : rosterFileName;
	}

}
