package jp.or.jrs.renewal.admin;

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
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.Command;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.NightlyRun;
import jp.or.jrs.renewal.job.RenewalJobConfiguration;
import jp.or.jrs.renewal.job.UsageException;

/**
 * {@code rerun-step DATE STEP}: one step of a completed run, run again as a job of its own (so the
 * completed run stays as it was in the job repository). The ledger steps cannot be rerun: a roster is
 * corrected by sending it again, or withdrawn.
 */
@Component
public class StepRerun implements Command {

	static final List<String> RERUNNABLE = List.of("catalog", "members", "credits", "reports");

	/** Steps that finish another's work and run right after it: the judged files are published. */
	private static final Map<String, String> FOLLOWED_BY = Map.of("credits", "publish");

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final Map<String, Step> steps;

	public StepRerun(JobRepository jobRepository, JobOperator jobOperator, List<Step> steps) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.steps = steps.stream()
			.filter(step -> RERUNNABLE.contains(step.getName()) || FOLLOWED_BY.containsValue(step.getName()))
			.collect(java.util.stream.Collectors.toMap(Step::getName, step -> step));
	}

	@Override
	public List<String> names() {
		return List.of("rerun-step");
	}

	@Override
	public int run(String name, List<String> operands, ApplicationArguments args) throws Exception {
		if (operands.size() != 2) {
			throw new UsageException("rerun-step needs a run date and a step: rerun-step YYYY-MM-DD reports");
		}
		LocalDate runDate = NightlyRun.parseDate(operands.get(0));
		Step step = RERUNNABLE.contains(operands.get(1)) ? this.steps.get(operands.get(1)) : null;
		if (step == null) {
			throw new UsageException("'" + operands.get(1) + "' cannot be rerun; choose one of " + RERUNNABLE);
		}
		JobInstance run = this.jobRepository.getJobInstance(RenewalJobConfiguration.JOB_NAME,
				new JobParametersBuilder().addLocalDate(RenewalJobConfiguration.RUN_DATE, runDate).toJobParameters());
		JobExecution original = (run != null) ? this.jobRepository.getLastJobExecution(run) : null;
		if (original == null || original.getStatus() != BatchStatus.COMPLETED) {
			throw new UsageException("the run of " + runDate + " has not completed"
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
			.start(step);
		String followUp = FOLLOWED_BY.get(step.getName());
		if (followUp != null) {
			rerun.next(this.steps.get(followUp));
		}
		JobExecution execution = this.jobOperator.start(rerun.build(), new JobParametersBuilder()
			.addLocalDate(RenewalJobConfiguration.RUN_DATE, runDate)
			.addLocalDateTime("rerun.at", LocalDateTime.now())
			.addString("rerun.step", step.getName())
			.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			System.err.println("Rerunning " + step.getName() + " of " + runDate + " failed; see the log.");
			return ExitCodes.FAILED;
		}
		System.out.println("Reran " + step.getName() + " of " + runDate + "."
				+ (step.getName().equals("reports") ? "" : " Reports follow from it after: rerun-step " + runDate
						+ " credits, then rerun-step " + runDate + " reports"));
		return ExitCodes.COMPLETED;
	}

}
