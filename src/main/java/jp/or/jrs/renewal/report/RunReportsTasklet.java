package jp.or.jrs.renewal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.credits.Verdicts;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.roster.Withdrawals;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * The night's last step: {@code summary.csv}, the reject report of every roster file this run took in
 * or rejected, and {@code run-summary.txt} for the office. Each file is written whole under a temporary
 * name and then renamed.
 */
public class RunReportsTasklet implements Tasklet {

	/** Job context key: rows and files rejected this run, for the exit status. */
	public static final String REJECTIONS = "run.rejections";

	public static final String SUMMARY_CSV = "summary.csv";

	public static final String RUN_SUMMARY = "run-summary.txt";

	private static final String[] SUMMARY_HEADER = { "file", "status", "data_rows", "accepted", "rejected",
			"duplicate" };

	private final LocalDate runDate;

	private final Path runFolder;

	private final RosterFileStore files;

	private final CreditLedger ledger;

	private final EligibilityHistory history;

	private final Withdrawals withdrawals;

	private final Verdicts verdicts;

	public RunReportsTasklet(LocalDate runDate, Path runFolder, RosterFileStore files, CreditLedger ledger,
			EligibilityHistory history, Withdrawals withdrawals, Verdicts verdicts) {
		this.verdicts = verdicts;
		this.runDate = runDate;
		this.runFolder = runFolder;
		this.files = files;
		this.ledger = ledger;
		this.history = history;
		this.withdrawals = withdrawals;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		List<RunFile> runFiles = new ArrayList<>(this.files.runFiles(this.runDate));
		runFiles.sort(Comparator.comparing(RunFile::fileName));
		ReportCsv.write(this.runFolder.resolve(SUMMARY_CSV), SUMMARY_HEADER, runFiles.stream()
			.map(f -> new Object[] { f.fileName(), f.status(), f.dataRows(), f.accepted(), f.rejected(), f.duplicate() })
			.toList());
		Map<String, Path> reports = rejectReports(this.runFolder, runFiles.stream().map(RunFile::fileName).toList());
		for (RunFile file : runFiles) {
			List<Problem> problems = switch (file.status()) {
				case "FILE_REJECTED" -> this.files.runFileProblems(this.runDate, file.fileName());
				case "INGESTED", "REPLACED" -> (file.rejected() + file.duplicate() > 0)
						? this.ledger.problems(file.fileId()) : List.of();
				default -> List.of();
			};
			if (!problems.isEmpty()) {
				ReportCsv.write(reports.get(file.fileName()), Problem.HEADER,
						problems.stream().map(Problem::cells).toList());
			}
		}
		ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
			.getExecutionContext();
		Optional<LocalDate> previousRun = this.history.previousRun(this.runDate);
		Map<String, EligibilityHistory.Verdict> now = this.history.verdicts(this.runDate);
		Map<String, EligibilityHistory.Verdict> before = previousRun.map(this.history::verdicts).orElse(Map.of());
		RunSummary summary = new RunSummary(this.runDate, jobContext, runFiles, now, previousRun.orElse(null), before,
				this.withdrawals.reportOn(this.runDate));
		Path text = this.runFolder.resolve(RUN_SUMMARY);
		Path partial = this.runFolder.resolve(RUN_SUMMARY + ".part");
		Files.writeString(partial, summary.text(), StandardCharsets.UTF_8);
		Files.move(partial, text, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		previousRun.ifPresent(this.history::forgetRunsBefore);
		previousRun.ifPresent(this.verdicts::forgetBefore);
		jobContext.putLong(REJECTIONS, summary.rejections());
		return RepeatStatus.FINISHED;
	}

	/**
	 * {@code rejects/rosters/<file name without extension>.rejects.csv}; where two files of the run
	 * would share that name ({@code a.csv} and {@code a.CSV}), each keeps its whole name
	 * ({@code a.csv.rejects.csv}) so that neither report overwrites the other.
	 */
	public static Map<String, Path> rejectReports(Path runFolder, List<String> rosterFileNames) {
		Map<String, Long> bases = rosterFileNames.stream()
			.collect(Collectors.groupingBy(name -> base(name).toLowerCase(Locale.ROOT), Collectors.counting()));
		Map<String, Path> reports = new HashMap<>();
		for (String name : rosterFileNames) {
			String stem = (bases.get(base(name).toLowerCase(Locale.ROOT)) > 1) ? name : base(name);
			reports.put(name, runFolder.resolve("rejects").resolve("rosters").resolve(stem + ".rejects.csv"));
		}
		return reports;
	}

	private static String base(String rosterFileName) {
		return rosterFileName.toLowerCase(Locale.ROOT).endsWith(".csv")
				? rosterFileName.substring(0, rosterFileName.length() - 4) : rosterFileName;
	}

}
