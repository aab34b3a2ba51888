package jp.or.jrs.renewal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.credits.EligibilityHistory;
import jp.or.jrs.renewal.credits.Verdicts;
import jp.or.jrs.renewal.roster.RejectReports;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.Withdrawals;
import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.ContextKey;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.RunDate;

/**
 * The night's last step: {@code summary.csv}, {@code run-summary.txt}, and the office dashboards
 * ({@code index.html} of the run and of all runs). (The organizers' reports are written by
 * {@link RosterReportsTasklet}, beside the verdicts; {@code shortfall.csv} with the verdicts, by the credits
 * step.) Each file is written whole under a temporary name and then renamed.
 */
public class RunReportsTasklet implements Tasklet {

	/** Rows and files rejected this run, for the exit status. */
	public static final ContextKey<Long> REJECTIONS = ContextKey.of("run.rejections", Long.class);

	public static final String SUMMARY_CSV = "summary.csv";

	public static final String RUN_SUMMARY = "run-summary.txt";

	private static final String[] SUMMARY_HEADER = { "file", "status", "data_rows", "accepted", "rejected",
			"duplicate" };

	private final RenewalProperties properties;

	private final RosterFileStore files;

	private final EligibilityHistory history;

	private final Withdrawals withdrawals;

	private final Verdicts verdicts;

	private final RunFigures figures;

	public RunReportsTasklet(RenewalProperties properties, RosterFileStore files, EligibilityHistory history,
			Withdrawals withdrawals, Verdicts verdicts, RunFigures figures) {
		this.properties = properties;
		this.files = files;
		this.history = history;
		this.withdrawals = withdrawals;
		this.verdicts = verdicts;
		this.figures = figures;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		LocalDate runDate = RunDate.of(contribution.getStepExecution());
		Path runFolder = this.properties.runFolder(runDate);
		List<RunFile> runFiles = new ArrayList<>(this.files.runFiles(runDate));
		runFiles.sort(Comparator.comparing(RunFile::fileName));
		ReportCsv.write(runFolder.resolve(SUMMARY_CSV), SUMMARY_HEADER, runFiles.stream()
			.map(f -> new Object[] { f.fileName(), f.status(), f.dataRows(), f.accepted(), f.rejected(), f.duplicate() })
			.toList());
		Map<String, Path> reports = rejectReports(runFolder, runFiles.stream().map(RunFile::fileName).toList());
		ExecutionContext jobContext = contribution.getStepExecution().getJobExecution().getExecutionContext();
		Optional<LocalDate> previousRun = this.history.previousRun(runDate);
		LocalDate verdictsOf = this.history.verdictsOf(runDate);
		Optional<LocalDate> previousVerdictsOf = previousRun.map(this.history::verdictsOf);
		// A night whose verdicts are the very rows of the night before: none changed, and their counts are
		// those recorded then (reading 187,000 rows to count them was most of a 10M quiet night's reports).
		Optional<List<RunReport.CertificationCount>> sameCounts = previousVerdictsOf.filter(verdictsOf::equals)
			.flatMap(previous -> this.figures.certifications(previousRun.get()));
		List<Withdrawals.Withdrawal> withdrawn = this.withdrawals.reportOn(runDate);
		RunReport report;
		if (sameCounts.isPresent()) {
			report = RunReport.of(runDate, jobContext, runFiles, sameCounts.get(), previousRun.get(), List.of(),
					withdrawn);
		}
		else {
			Map<String, EligibilityHistory.Verdict> now = this.history.verdicts(verdictsOf);
			Map<String, EligibilityHistory.Verdict> before = previousVerdictsOf
				.map(previous -> previous.equals(verdictsOf) ? now : this.history.verdicts(previous))
				.orElse(Map.of());
			report = RunReport.of(runDate, jobContext, runFiles, now, previousRun.orElse(null), before, withdrawn);
		}
		RunSummary summary = new RunSummary(report);
		AtomicFiles.writeString(runFolder.resolve(RUN_SUMMARY), summary.text());
		this.figures.record(report);
		List<RunFigures.Figure> history = this.figures.upTo(runDate, Integer.MAX_VALUE);
		Dashboard.write(runFolder, report, reports,
				history.subList(Math.max(0, history.size() - Dashboard.TREND_RUNS), history.size()));
		Dashboard.writeIndex(this.properties.output(), this.figures.all());
		previousRun.ifPresent(this.history::forgetRunsBefore);
		previousRun.ifPresent(this.verdicts::forgetBefore);
		REJECTIONS.put(jobContext, summary.rejections());
		return RepeatStatus.FINISHED;
	}

	/** {@code rejects/rosters/<file name without extension>.rejects.csv} ({@link RejectReports}). */
	public static Map<String, Path> rejectReports(Path runFolder, List<String> rosterFileNames) {
		return RejectReports.in(runFolder.resolve("rejects").resolve("rosters"), rosterFileNames);
	}

}
