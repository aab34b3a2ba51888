package jp.or.jrs.renewal.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import jp.or.jrs.renewal.member.Member;
import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * {@code shortfall.csv}: for the office's mailing in Excel, one row per unmet requirement of a short
 * certification: who, which requirement, how much is still needed. Derived from the night's
 * {@code requirements.csv} (so a night that carried its verdicts over gets the same list). UTF-8 with a
 * byte order mark, which Excel on Japanese Windows needs to open it as UTF-8; formula-safe like every
 * other CSV.
 */
final class ShortfallFile {

	static final String NAME = "shortfall.csv";

	private static final String[] HEADER = { "member_id", "name", "certification", "requirement", "needed",
			"counted", "still_needed" };

	private ShortfallFile() {
	}

	/** Writes it from requirements.csv, if the run folder has one; returns the rows written. */
	static int write(Path runFolder, Map<String, Member> members) {
		Path requirements = runFolder.resolve("requirements.csv");
		if (!Files.isRegularFile(requirements)) {
			return 0;
		}
		int[] rows = { 0 };
		AtomicFiles.write(runFolder.resolve(NAME), writer -> {
			writer.write('\uFEFF');
			writer.write(ReportCsv.line((Object[]) HEADER));
			try (BufferedReader reader = Files.newBufferedReader(requirements, StandardCharsets.UTF_8)) {
				for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
					if (r.get("met").equals("true") || r.get("needed").isEmpty()) {
						continue;
					}
					BigDecimal needed = new BigDecimal(r.get("needed"));
					BigDecimal counted = new BigDecimal(r.get("counted"));
					Member member = members.get(r.get("member_id"));
					writer.write(ReportCsv.line(r.get("member_id"), (member != null) ? member.name() : "",
							r.get("certification"), r.get("code"), r.get("needed"), r.get("counted"),
							Numbers.plain(needed.subtract(counted))));
					rows[0]++;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + requirements, ex);
			}
		});
		return rows[0];
	}

}
