package jp.or.jrs.renewal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.RosterFileStore.RunFile;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.RunDate;
import jp.or.jrs.renewal.support.WorkerThreads;

/**
 * The organizers' reports of the night: for every roster file it took in or refused that has problems,
 * the reject CSV and the page beside it. They depend only on the roster files: the step runs as soon as
 * the files are in, before the verdicts.
 */
public class RosterReportsTasklet implements Tasklet {

	private final RenewalProperties properties;

	private final RosterFileStore files;

	private final CreditLedger ledger;

	public RosterReportsTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger) {
		this.properties = properties;
		this.files = files;
		this.ledger = ledger;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		LocalDate runDate = RunDate.of(contribution.getStepExecution());
		Path runFolder = this.properties.runFolder(runDate);
		List<RunFile> runFiles = this.files.runFiles(runDate);
		Map<String, Path> reports = RunReportsTasklet.rejectReports(runFolder,
				runFiles.stream().map(RunFile::fileName).toList());
		// The problems are read here, in the step's transaction; the files are written on worker threads, a
		// report each (the first night writes hundreds), every page with the night's style and footer.
		Pages.Frame frame = Pages.frame(runDate);
		ExecutorService writers = WorkerThreads.start("organizer-reports", Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> written = new ArrayList<>();
			for (RunFile file : runFiles) {
				List<Problem> problems = switch (file.status()) {
					case FILE_REJECTED -> this.files.runFileProblems(runDate, file.fileName());
					case INGESTED, REPLACED -> (file.rejected() + file.duplicate() > 0)
							? this.ledger.problems(file.fileId()) : List.of();
					case UNCHANGED, WITHDRAWN -> List.of();
				};
				if (!problems.isEmpty()) {
					Path csv = reports.get(file.fileName());
					written.add(writers.submit(() -> {
						ReportCsv.write(csv, Problem.HEADER, problems.stream().map(Problem::cells).toList());
						new OrganizerReport(file.fileName(), runDate, file.status(), file.dataRows(), file.accepted(),
								file.rejected(), file.duplicate(), problems, "../../index.html")
							.write(frame, OrganizerReport.beside(csv));
					}));
				}
			}
			for (Future<?> report : written) {
				WorkerThreads.result(report);
				contribution.incrementWriteCount(1);
			}
		}
		finally {
			WorkerThreads.stop(writers);
		}
		return RepeatStatus.FINISHED;
	}

}
