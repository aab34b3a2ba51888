package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.or.jrs.renewal.catalog.LoadCatalogTasklet;
import jp.or.jrs.renewal.credits.EligibilityHistory;
import jp.or.jrs.renewal.credits.VerdictCarryOver;
import jp.or.jrs.renewal.member.LoadMembersTasklet;
import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.RosterIntakeTasklet;
import jp.or.jrs.renewal.roster.Withdrawals.Withdrawal;

/**
 * The run summary the office reads: how many certifications are eligible and short, what changed since
 * the previous run, and what happened to every input file.
 */
final class RunSummary {

	/** Changes listed one by one up to this many; beyond, only counted. */
	private static final int LISTED_CHANGES = 50;

	private final StringBuilder text = new StringBuilder();

	private long rejections;

	RunSummary(LocalDate runDate, ExecutionContext job, List<RunFile> files, Map<String, EligibilityHistory.Verdict> now,
			LocalDate previousRun, Map<String, EligibilityHistory.Verdict> before, List<Withdrawal> withdrawals) {
		line("Renewal credits: run of " + runDate);
		line("");
		VerdictCarryOver.CARRIED_FROM.get(job).ifPresent(carriedFrom -> {
			line("Verdicts carried over from the run of " + carriedFrom
					+ ": nothing they depend on has changed (rosters, members, certifications, catalog, rules, program).");
			line("");
		});
		verdicts(now);
		changes(now, previousRun, before);
		rosters(files);
		if (!withdrawals.isEmpty()) {
			line("Withdrawn since the previous run: " + withdrawals.size());
			withdrawals.forEach(w -> line("  " + w.describe()));
			line("");
		}
		inputs(job);
	}

	String text() {
		return this.text.toString();
	}

	/**
	 * Rejections of this run: rejected rows of the roster files it took in or refused, of the member list
	 * and the certifications, and roster files refused as a whole (an empty file has no row to count).
	 */
	long rejections() {
		return this.rejections;
	}

	private void verdicts(Map<String, EligibilityHistory.Verdict> now) {
		Map<String, int[]> byCertification = new TreeMap<>();
		int eligible = 0;
		for (Map.Entry<String, EligibilityHistory.Verdict> verdict : now.entrySet()) {
			String certification = verdict.getKey().substring(verdict.getKey().indexOf(' ') + 1);
			boolean ok = verdict.getValue().status().equals("ELIGIBLE");
			byCertification.computeIfAbsent(certification, c -> new int[2])[ok ? 0 : 1]++;
			eligible += ok ? 1 : 0;
		}
		line("Certifications judged: " + now.size() + " (ELIGIBLE " + eligible + ", SHORT " + (now.size() - eligible)
				+ ")");
		byCertification.forEach((certification, counts) -> line(
				String.format("  %-22s ELIGIBLE %6d   SHORT %6d", certification, counts[0], counts[1])));
		line("");
	}

	private void changes(Map<String, EligibilityHistory.Verdict> now, LocalDate previousRun,
			Map<String, EligibilityHistory.Verdict> before) {
		if (previousRun == null) {
			line("Changes: this is the first run; there is nothing to compare with.");
			line("");
			return;
		}
		List<String> changes = new ArrayList<>();
		int toEligible = 0;
		int toShort = 0;
		int added = 0;
		for (Map.Entry<String, EligibilityHistory.Verdict> entry : now.entrySet()) {
			EligibilityHistory.Verdict was = before.get(entry.getKey());
			EligibilityHistory.Verdict is = entry.getValue();
			if (was == null) {
				added++;
				changes.add("  new      " + entry.getKey() + ": " + is.status());
			}
			else if (!was.status().equals(is.status())) {
				boolean nowEligible = is.status().equals("ELIGIBLE");
				toEligible += nowEligible ? 1 : 0;
				toShort += nowEligible ? 0 : 1;
				changes.add("  " + (nowEligible ? "ELIGIBLE " : "SHORT    ") + entry.getKey() + ": was " + was.status()
						+ (nowEligible ? "" : ", now short of " + is.unmet()));
			}
		}
		int removed = 0;
		for (String key : before.keySet()) {
			if (!now.containsKey(key)) {
				removed++;
				changes.add("  removed  " + key);
			}
		}
		line("Changes since the run of " + previousRun + ": " + toEligible + " became ELIGIBLE, " + toShort
				+ " became SHORT, " + added + " certifications new, " + removed + " no longer listed");
		changes.stream().limit(LISTED_CHANGES).forEach(this::line);
		if (changes.size() > LISTED_CHANGES) {
			line("  … and " + (changes.size() - LISTED_CHANGES) + " more (compare eligibility.csv of both runs)");
		}
		line("");
	}

	private void rosters(List<RunFile> files) {
		Map<String, Integer> byStatus = new TreeMap<>();
		files.forEach(f -> byStatus.merge(f.status().name(), 1, Integer::sum));
		line("Roster files seen: " + files.size() + (byStatus.isEmpty() ? "" : " " + byStatus));
		for (RunFile f : files) {
			String counts = switch (f.status()) {
				case FILE_REJECTED -> f.dataRows() + " data rows, all rejected: see its reject report";
				case UNCHANGED -> "already in the ledger (" + f.accepted() + " credits accepted when ingested)";
				case WITHDRAWN -> "withdrawn by the office; this content is not taken in again";
				case INGESTED, REPLACED -> f.dataRows() + " data rows: " + f.accepted() + " accepted, " + f.rejected() + " rejected, "
						+ f.duplicate() + " duplicate"
						+ (f.previousAccepted() != null ? " (the version it replaces had " + f.previousAccepted()
								+ " accepted)" : "");
			};
			line(String.format("  %-14s %s: %s", f.status(), f.fileName(), counts));
			if (f.status() != RosterFileStatus.UNCHANGED) {
				this.rejections += f.rejected();
			}
			if (f.status() == RosterFileStatus.FILE_REJECTED) {
				this.rejections++;
			}
		}
		line("");
	}

	private void inputs(ExecutionContext job) {
		LoadMembersTasklet.LOADED.get(job).ifPresent(loaded -> {
			counts("Members", "members", loaded.members());
			counts("Certifications", "certifications", loaded.certifications());
		});
		LoadCatalogTasklet.LOADED.get(job).ifPresent(catalog -> {
			line("Catalog: " + catalog.meetings() + " accredited meetings; corrections applied: "
					+ (catalog.corrections().isEmpty() ? "none" : catalog.corrections().size()));
			catalog.corrections().forEach(c -> line("  " + c));
		});
		RosterIntakeTasklet.SKIPPED.get(job).map(RosterIntakeTasklet.Skipped::entries).ifPresent(skipped -> {
			if (!skipped.isEmpty()) {
				line("Skipped in the roster folder (not roster files): " + skipped.size());
				skipped.forEach(s -> line("  " + s));
			}
		});
	}

	private void counts(String title, String file, LoadMembersTasklet.Counts counts) {
		line(String.format("%s: %d rows, %d accepted, %d rejected%s", title, counts.dataRows(), counts.accepted(),
				counts.rejected(), counts.rejected() > 0 ? " (see rejects/" + file + ".rejects.csv)" : ""));
		this.rejections += counts.rejected();
	}

	private void line(String line) {
		this.text.append(line).append('\n');
	}

}
