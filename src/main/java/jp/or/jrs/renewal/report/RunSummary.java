package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.or.jrs.renewal.credits.EligibilityHistory;
import jp.or.jrs.renewal.member.LoadMembersTasklet;
import jp.or.jrs.renewal.report.RunReport.Change;
import jp.or.jrs.renewal.report.RunReport.ChangeKind;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.Withdrawals.Withdrawal;

/**
 * The run summary the office reads ({@code run-summary.txt}, printed at the end of a run): how many
 * certifications are eligible and short, what changed since the previous run, and what happened to every
 * input file.
 */
final class RunSummary {

	/** Changes listed one by one up to this many; beyond, only counted. */
	private static final int LISTED_CHANGES = 50;

	private final StringBuilder text = new StringBuilder();

	private final RunReport report;

	RunSummary(LocalDate runDate, ExecutionContext job, List<RunFile> files, Map<String, EligibilityHistory.Verdict> now,
			LocalDate previousRun, Map<String, EligibilityHistory.Verdict> before, List<Withdrawal> withdrawals) {
		this(RunReport.of(runDate, job, files, now, previousRun, before, withdrawals));
	}

	RunSummary(RunReport report) {
		this.report = report;
		line("Renewal credits: run of " + report.runDate());
		line("");
		if (report.carriedFrom() != null) {
			line("Verdicts carried over from the run of " + report.carriedFrom()
					+ ": nothing they depend on has changed (rosters, members, certifications, catalog, rules, program).");
			line("");
		}
		verdicts();
		changes();
		rosters();
		if (!report.withdrawals().isEmpty()) {
			line("Withdrawn since the previous run: " + report.withdrawals().size());
			report.withdrawals().forEach(w -> line("  " + w.describe()));
			line("");
		}
		inputs();
	}

	String text() {
		return this.text.toString();
	}

	/**
	 * Rejections of this run: rejected rows of the roster files it took in or refused, of the member list
	 * and the certifications, and roster files refused as a whole (an empty file has no row to count).
	 */
	long rejections() {
		return this.report.rejections();
	}

	private void verdicts() {
		int judged = this.report.eligible() + this.report.shortCount();
		line("Certifications judged: " + judged + " (ELIGIBLE " + this.report.eligible() + ", SHORT "
				+ this.report.shortCount() + ")");
		this.report.certifications().forEach(c -> line(
				String.format("  %-22s ELIGIBLE %6d   SHORT %6d", c.certification(), c.eligible(), c.shortCount())));
		line("");
	}

	private void changes() {
		if (this.report.previousRun() == null) {
			line("Changes: this is the first run; there is nothing to compare with.");
			line("");
			return;
		}
		List<Change> changes = this.report.changes();
		line("Changes since the run of " + this.report.previousRun() + ": "
				+ this.report.changed(ChangeKind.BECAME_ELIGIBLE) + " became ELIGIBLE, "
				+ this.report.changed(ChangeKind.BECAME_SHORT) + " became SHORT, " + this.report.changed(ChangeKind.NEW)
				+ " certifications new, " + this.report.changed(ChangeKind.REMOVED) + " no longer listed");
		changes.stream().limit(LISTED_CHANGES).forEach(c -> line(describe(c)));
		if (changes.size() > LISTED_CHANGES) {
			line("  … and " + (changes.size() - LISTED_CHANGES) + " more (compare eligibility.csv of both runs)");
		}
		line("");
	}

	private static String describe(Change c) {
		String key = c.memberId() + " " + c.certification();
		return switch (c.kind()) {
			case NEW -> "  new      " + key + ": " + c.now();
			case REMOVED -> "  removed  " + key;
			case BECAME_ELIGIBLE -> "  ELIGIBLE " + key + ": was " + c.was();
			case BECAME_SHORT -> "  SHORT    " + key + ": was " + c.was() + ", now short of " + c.unmet();
		};
	}

	private void rosters() {
		List<RunFile> files = this.report.files();
		Map<String, Integer> byStatus = new TreeMap<>();
		files.forEach(f -> byStatus.merge(f.status().name(), 1, Integer::sum));
		line("Roster files seen: " + files.size() + (byStatus.isEmpty() ? "" : " " + byStatus));
		for (RunFile f : files) {
			String counts = switch (f.status()) {
				case FILE_REJECTED -> f.dataRows() + " data rows, all rejected: see its reject report";
				case UNCHANGED -> "already in the ledger (" + f.accepted() + " credits accepted when ingested)";
				case WITHDRAWN -> "withdrawn by the office; this content is not taken in again";
				case INGESTED, REPLACED -> f.dataRows() + " data rows: " + f.accepted() + " accepted, " + f.rejected()
						+ " rejected, " + f.duplicate() + " duplicate"
						+ (f.previousAccepted() != null ? " (the version it replaces had " + f.previousAccepted()
								+ " accepted)" : "");
			};
			line(String.format("  %-14s %s: %s", f.status(), f.fileName(), counts));
		}
		line("");
	}

	private void inputs() {
		if (this.report.members() != null) {
			counts("Members", "members", this.report.members().members());
			counts("Certifications", "certifications", this.report.members().certifications());
		}
		if (this.report.catalog() != null) {
			List<String> corrections = this.report.catalog().corrections();
			line("Catalog: " + this.report.catalog().meetings() + " accredited meetings; corrections applied: "
					+ (corrections.isEmpty() ? "none" : corrections.size()));
			corrections.forEach(c -> line("  " + c));
		}
		if (!this.report.skipped().isEmpty()) {
			line("Skipped in the roster folder (not roster files): " + this.report.skipped().size());
			this.report.skipped().forEach(s -> line("  " + s));
		}
	}

	private void counts(String title, String file, LoadMembersTasklet.Counts counts) {
		line(String.format("%s: %d rows, %d accepted, %d rejected%s", title, counts.dataRows(), counts.accepted(),
				counts.rejected(), counts.rejected() > 0 ? " (see rejects/" + file + ".rejects.csv)" : ""));
	}

	private void line(String line) {
		this.text.append(line).append('\n');
	}

}
