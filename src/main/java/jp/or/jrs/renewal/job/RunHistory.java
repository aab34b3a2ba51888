package jp.or.jrs.renewal.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

import jp.or.jrs.renewal.support.RunDate;

/**
 * The runs the job repository remembers, newest first: each attempt with its state and times, and its
 * steps with their counts. The roster files of the ingest step are summed into it (those that did not
 * complete are kept apart).
 */
@Service
public class RunHistory {

	private static final String PARTITION_PREFIX = "ingestRoster:";

	private final JobRepository jobRepository;

	public RunHistory(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/** A night and its attempts, oldest attempt first. */
	public record Run(LocalDate runDate, BatchStatus status, List<Attempt> attempts) {
	}

	/** One execution of a night; {@code failure} is its exit description when it did not complete. */
	public record Attempt(long id, BatchStatus status, LocalDateTime started, LocalDateTime ended, String failure,
			List<StepRun> steps, List<StepRun> unfinishedFiles) {
	}

	/**
	 * A step of an attempt; for {@code ingest}, read and written over all its roster files, and
	 * {@code files} their number.
	 */
	public record StepRun(String name, BatchStatus status, LocalDateTime started, LocalDateTime ended, long read,
			long written, long filtered, int files) {
	}

	public List<Run> latest(int limit) {
		List<Run> runs = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(RenewalJobConfiguration.JOB_NAME, 0, limit)) {
			List<JobExecution> executions = new ArrayList<>(this.jobRepository.getJobExecutions(instance));
			executions.sort(Comparator.comparing(JobExecution::getId));
			JobExecution last = executions.get(executions.size() - 1);
			runs.add(new Run(RunDate.of(last), last.getStatus(), executions.stream().map(RunHistory::attempt).toList()));
		}
		return runs;
	}

	private static Attempt attempt(JobExecution execution) {
		List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
		steps.sort(Comparator.comparing(StepExecution::getId));
		List<StepExecution> files = steps.stream().filter(s -> s.getStepName().startsWith(PARTITION_PREFIX)).toList();
		List<StepRun> stepRuns = new ArrayList<>();
		for (StepExecution step : steps) {
			if (step.getStepName().startsWith(PARTITION_PREFIX)) {
				continue;
			}
			boolean ingest = step.getStepName().equals("ingest");
			stepRuns.add(new StepRun(step.getStepName(), step.getStatus(), step.getStartTime(), step.getEndTime(),
					ingest ? files.stream().mapToLong(StepExecution::getReadCount).sum() : step.getReadCount(),
					ingest ? files.stream().mapToLong(StepExecution::getWriteCount).sum() : step.getWriteCount(),
					step.getFilterCount(), ingest ? files.size() : 0));
		}
		List<StepRun> unfinished = files.stream()
			.filter(file -> file.getStatus() != BatchStatus.COMPLETED)
			.map(file -> new StepRun(file.getStepName().substring(PARTITION_PREFIX.length()), file.getStatus(),
					file.getStartTime(), file.getEndTime(), file.getReadCount(), file.getWriteCount(),
					file.getFilterCount(), 1))
			.toList();
		String description = execution.getExitStatus().getExitDescription();
		return new Attempt(execution.getId(), execution.getStatus(), execution.getStartTime(), execution.getEndTime(),
				description.isBlank() ? null : description, stepRuns, unfinished);
	}

}
