package jp.or.jrs.renewal.job;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import jp.or.jrs.renewal.catalog.PublishedCatalog;
import jp.or.jrs.renewal.credits.RuleBook;
import jp.or.jrs.renewal.report.RunReportsTasklet;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;

/**
 * Starting, resuming and declining the run of a night (spec §6). A new date starts a run; a date whose
 * run failed, or was killed, resumes where it stopped (a killed execution, still marked running, is
 * recovered first); a date already completed changes nothing. The command line and any other way in
 * use this, not the job operator directly.
 */
@Service
public class NightlyRuns {

	private static final Logger log = LoggerFactory.getLogger(NightlyRuns.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final RenewalProperties properties;

	private final RuleBook ruleBook;

	public NightlyRuns(JobOperator jobOperator, JobRepository jobRepository, Job renewalCreditsJob,
			RenewalProperties properties, RuleBook ruleBook) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = renewalCreditsJob;
		this.properties = properties;
		this.ruleBook = ruleBook;
	}

	/** Where the run of a night stands before it is started. */
	public enum Standing {

		/** No run of this date yet. */
		NEW,

		/** A run of this date failed or was killed: starting resumes it. */
		UNFINISHED,

		/** The run of this date completed: nothing to do. */
		COMPLETED,

		/** The run of this date was abandoned: nothing to do. */
		ABANDONED

	}

	/** The run of a night as it stands; {@code ended} is set for a completed run. */
	public record Night(LocalDate runDate, Standing standing, LocalDateTime ended) {
	}

	/**
	 * Where the run of this date stands, after recovering an execution that a killed process left marked
	 * running. Only the one process that holds the run lock may call this.
	 * @param mustExist for a restart: a date without a run is refused
	 */
	public Night standing(LocalDate runDate, boolean mustExist) {
		if (!Files.isDirectory(this.properties.input())) {
			throw new RefusedException("the input folder " + this.properties.input().toAbsolutePath()
					+ " does not exist; give it with --input=DIR");
		}
		JobInstance instance = this.jobRepository.getJobInstance(this.job.getName(), RunDate.identifying(runDate));
		if (instance == null) {
			if (mustExist) {
				throw new RefusedException("there is no run of " + runDate + " to restart; `status` lists the runs");
			}
			return new Night(runDate, Standing.NEW, null);
		}
		JobExecution last = this.jobRepository.getLastJobExecution(instance);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			return new Night(runDate, Standing.COMPLETED, last.getEndTime());
		}
		if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
			return new Night(runDate, Standing.ABANDONED, last.getEndTime());
		}
		if (last != null && last.isRunning()) {
			// The caller holds the run lock, so no other process runs this job: the execution still marked
			// running was killed. Mark it failed so that it can resume.
			log.info("The run of {} was interrupted (execution {} still marked {}); recovering it", runDate,
					last.getId(), last.getStatus());
			this.jobOperator.recover(last);
		}
		return new Night(runDate, Standing.UNFINISHED, null);
	}

	/**
	 * Starts (or resumes) the run of a night and returns when it has ended. The rule files are checked
	 * against the catalog the night will load first: a rule naming a group the catalog lacks stops it
	 * before anything is read.
	 */
	public JobExecution start(LocalDate runDate) throws Exception {
		PublishedCatalog.readIfPresent(this.properties).ifPresent(this.ruleBook::checkAgainst);
		JobParameters parameters = new JobParametersBuilder(RunDate.identifying(runDate))
			.addString("input", this.properties.input().toString(), false)
			.addString("output", this.properties.output().toString(), false)
			.toJobParameters();
		return this.jobOperator.start(this.job, parameters);
	}

	/** Rows and roster files this run rejected, as its reports counted them. */
	public static long rejections(JobExecution execution) {
		return RunReportsTasklet.REJECTIONS.get(execution.getExecutionContext()).orElse(0L);
	}

	/** What stopped a run that did not complete, in a line a person reads. */
	public static String failureMessage(JobExecution execution) {
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		if (failure == null) {
			return execution.getExitStatus().getExitDescription();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
