package jp.or.jrs.renewal.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RunDate;

/**
 * {@code rerun-step DATE STEP}: one step of a completed run, run again as a job of its own (so the
 * completed run stays as it was in the job repository). The ledger steps cannot be rerun: a roster is
 * corrected by sending it again, or withdrawn.
 */
// Lazy: only the commands that use it build it, not every command's start.
@Lazy
@Service
public class StepRerun {

	public static final List<String> RERUNNABLE = List.of("catalog", "members", "credits", "reports");

	/**
	 * The steps each rerun runs, in order: the judged files are published after the credits; the
	 * organizers' reports are written again with the office's.
	 */
	private static final Map<String, List<String>> RUNS = Map.of("catalog", List.of("catalog"), "members",
			List.of("members"), "credits", List.of("credits", "publish"), "reports", List.of("rosterReports", "reports"));

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final Map<String, Step> steps;

	public StepRerun(JobRepository jobRepository, JobOperator jobOperator, List<Step> steps) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.steps = steps.stream()
			.filter(step -> RUNS.values().stream().anyMatch(names -> names.contains(step.getName())))
			.collect(java.util.stream.Collectors.toMap(Step::getName, step -> step));
	}

	/**
	 * Runs a step of the completed run of that date again, and returns the rerun's execution.
	 * @param stepName one of {@link #RERUNNABLE}
	 */
	public JobExecution rerun(LocalDate runDate, String stepName) throws Exception {
		if (!RERUNNABLE.contains(stepName)) {
			throw new RefusedException("'" + stepName + "' cannot be rerun; choose one of " + RERUNNABLE);
		}
		JobInstance run = this.jobRepository.getJobInstance(RenewalJobConfiguration.JOB_NAME,
				RunDate.identifying(runDate));
		JobExecution original = (run != null) ? this.jobRepository.getLastJobExecution(run) : null;
		if (original == null || original.getStatus() != BatchStatus.COMPLETED) {
			throw new RefusedException("the run of " + runDate + " has not completed"
					+ ((original == null) ? " (there is none)" : "; resume it with: restart " + runDate));
		}
		SimpleJobBuilder rerun = new JobBuilder(RenewalJobConfiguration.JOB_NAME + ".rerun", this.jobRepository)
			.listener(new JobExecutionListener() {
				@Override
				public void beforeJob(JobExecution jobExecution) {
					// The reports read what the earlier steps of the run recorded (counts, corrections).
					original.getExecutionContext().entrySet()
						.forEach(entry -> jobExecution.getExecutionContext().put(entry.getKey(), entry.getValue()));
				}
			})
			.start(this.steps.get(RUNS.get(stepName).get(0)));
		RUNS.get(stepName).stream().skip(1).forEach(next -> rerun.next(this.steps.get(next)));
		return this.jobOperator.start(rerun.build(), new JobParametersBuilder(RunDate.identifying(runDate))
			.addLocalDateTime("rerun.at", LocalDateTime.now())
			.addString("rerun.step", stepName)
			.toJobParameters());
	}

}
