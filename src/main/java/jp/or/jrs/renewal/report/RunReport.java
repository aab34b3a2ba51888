package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.or.jrs.renewal.catalog.LoadCatalogTasklet;
import jp.or.jrs.renewal.credits.EligibilityHistory.Verdict;
import jp.or.jrs.renewal.credits.VerdictCarryOver;
import jp.or.jrs.renewal.member.LoadMembersTasklet;
import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.RosterIntakeTasklet;
import jp.or.jrs.renewal.roster.Withdrawals.Withdrawal;

/**
 * What a night came to, as the office reads it: the verdicts per certification, what changed since the
 * previous run, what became of every roster file and input. One model, shown as the run summary text and
 * as the dashboard page.
 *
 * @param carriedFrom the night whose verdicts this one carried over, or {@code null}
 * @param previousRun the run the changes are counted from, or {@code null} for a first run
 * @param members the member list and certifications as loaded, or {@code null} when not loaded this run
 * @param catalog the catalog as loaded, or {@code null}
 * @param rejections rows and roster files rejected this run (the exit status says so)
 */
public record RunReport(LocalDate runDate, LocalDate carriedFrom, List<CertificationCount> certifications,
		LocalDate previousRun, List<Change> changes, List<RunFile> files, List<Withdrawal> withdrawals,
		LoadMembersTasklet.Loaded members, LoadCatalogTasklet.Loaded catalog, List<String> skipped, long rejections) {

	/** The verdicts of one certification. */
	public record CertificationCount(String certification, int eligible, int shortCount) {

		public int total() {
			return this.eligible + this.shortCount;
		}

	}

	/** How a certification's verdict changed since the previous run. */
	public enum ChangeKind {

		BECAME_ELIGIBLE, BECAME_SHORT, NEW, REMOVED

	}

	/** One changed verdict; {@code unmet} is what a newly short certification lacks. */
	public record Change(ChangeKind kind, String memberId, String certification, String was, String now,
			String unmet) {
	}

	/** Builds the report from what the steps of the night recorded and the verdicts of both nights. */
	public static RunReport of(LocalDate runDate, ExecutionContext job, List<RunFile> files, Map<String, Verdict> now,
			LocalDate previousRun, Map<String, Verdict> before, List<Withdrawal> withdrawals) {
		Map<String, int[]> counts = new TreeMap<>();
		for (Map.Entry<String, Verdict> verdict : now.entrySet()) {
			counts.computeIfAbsent(certification(verdict.getKey()), c -> new int[2])[eligible(verdict.getValue()) ? 0
					: 1]++;
		}
		List<CertificationCount> certifications = new ArrayList<>();
		counts.forEach((certification, c) -> certifications.add(new CertificationCount(certification, c[0], c[1])));
		List<Change> changes = new ArrayList<>();
		if (previousRun != null) {
			for (Map.Entry<String, Verdict> entry : now.entrySet()) {
				Verdict was = before.get(entry.getKey());
				Verdict is = entry.getValue();
				if (was == null) {
					changes.add(change(ChangeKind.NEW, entry.getKey(), "", is));
				}
				else if (!was.status().equals(is.status())) {
					changes.add(change(eligible(is) ? ChangeKind.BECAME_ELIGIBLE : ChangeKind.BECAME_SHORT, entry.getKey(),
							was.status(), is));
				}
			}
			for (Map.Entry<String, Verdict> entry : before.entrySet()) {
				if (!now.containsKey(entry.getKey())) {
					changes.add(new Change(ChangeKind.REMOVED, memberId(entry.getKey()), certification(entry.getKey()),
							entry.getValue().status(), "", ""));
				}
			}
		}
		return of(runDate, job, files, certifications, previousRun, changes, withdrawals);
	}

	/**
	 * Builds the report from what the steps of the night recorded, the verdicts already counted per
	 * certification (in the order of their codes) and the changes since the previous run.
	 */
	public static RunReport of(LocalDate runDate, ExecutionContext job, List<RunFile> files,
			List<CertificationCount> certifications, LocalDate previousRun, List<Change> changes,
			List<Withdrawal> withdrawals) {
		LoadMembersTasklet.Loaded members = LoadMembersTasklet.LOADED.get(job).orElse(null);
		long rejections = 0;
		for (RunFile f : files) {
			if (f.status() != RosterFileStatus.UNCHANGED) {
				rejections += f.rejected();
			}
			if (f.status() == RosterFileStatus.FILE_REJECTED) {
				rejections++;
			}
		}
		if (members != null) {
			rejections += members.members().rejected() + members.certifications().rejected();
		}
		return new RunReport(runDate, VerdictCarryOver.CARRIED_FROM.get(job).orElse(null), certifications, previousRun,
				changes, files, withdrawals, members, LoadCatalogTasklet.LOADED.get(job).orElse(null),
				RosterIntakeTasklet.SKIPPED.get(job).map(RosterIntakeTasklet.Skipped::entries).orElse(List.of()),
				rejections);
	}

	private static Change change(ChangeKind kind, String key, String was, Verdict is) {
		return new Change(kind, memberId(key), certification(key), was, is.status(),
				eligible(is) ? "" : is.unmet());
	}

	private static boolean eligible(Verdict verdict) {
		return verdict.status().equals("ELIGIBLE");
	}

	/** Verdicts are keyed "member_id certification". */
	private static String memberId(String key) {
		return key.substring(0, key.indexOf(' '));
	}

	private static String certification(String key) {
		return key.substring(key.indexOf(' ') + 1);
	}

	public int eligible() {
		return this.certifications.stream().mapToInt(CertificationCount::eligible).sum();
	}

	public int shortCount() {
		return this.certifications.stream().mapToInt(CertificationCount::shortCount).sum();
	}

	public long changed(ChangeKind kind) {
		return this.changes.stream().filter(change -> change.kind() == kind).count();
	}

	/** The roster files this run took in or refused (not those it found unchanged or withdrawn). */
	public List<RunFile> filesTakenIn() {
		return this.files.stream()
			.filter(f -> f.status().readThisNight())
			.toList();
	}

	private int rows(java.util.function.ToIntFunction<RunFile> count) {
		return filesTakenIn().stream().mapToInt(count).sum();
	}

	public int rowsRead() {
		return rows(RunFile::dataRows);
	}

	public int rowsAccepted() {
		return rows(RunFile::accepted);
	}

	public int rowsRejected() {
		return rows(RunFile::rejected);
	}

	public int rowsDuplicate() {
		return rows(RunFile::duplicate);
	}

	public long becameEligible() {
		return changed(ChangeKind.BECAME_ELIGIBLE);
	}

	public long becameShort() {
		return changed(ChangeKind.BECAME_SHORT);
	}

	public long added() {
		return changed(ChangeKind.NEW);
	}

	public long removed() {
		return changed(ChangeKind.REMOVED);
	}

	/** The files of this run with the most rejected and duplicate rows, most first. */
	public List<RunFile> mostProblems(int count) {
		return filesTakenIn().stream()
			.filter(f -> f.rejected() + f.duplicate() > 0)
			.sorted(Comparator.comparingInt((RunFile f) -> f.rejected() + f.duplicate()).reversed()
				.thenComparing(RunFile::fileName))
			.limit(count)
			.toList();
	}

}
