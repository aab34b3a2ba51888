package jp.or.jrs.renewal.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.Command;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.RenewalJobConfiguration;
import jp.or.jrs.renewal.job.UsageException;

/**
 * {@code status}: the latest runs, newest first, each attempt with its state and duration, and its
 * steps with their counts. The roster files of the ingest step are summed into one line (their
 * failures are listed one by one).
 */
@Component
public class RunStatus implements Command {

	private static final String PARTITION_PREFIX = "ingestRoster:";

	private final JobRepository jobRepository;

	public RunStatus(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public List<String> names() {
		return List.of("status");
	}

	@Override
	public boolean changesTheDatabase() {
		return false;
	}

	@Override
	public int run(String name, List<String> operands, ApplicationArguments args) {
		if (!operands.isEmpty()) {
			throw new UsageException("status takes no arguments but --limit=N");
		}
		int limit = args.containsOption("limit") ? Integer.parseInt(args.getOptionValues("limit").get(0)) : 10;
		List<JobInstance> runs = this.jobRepository.getJobInstances(RenewalJobConfiguration.JOB_NAME, 0, limit);
		if (runs.isEmpty()) {
			System.out.println("No run yet.");
			return ExitCodes.COMPLETED;
		}
		StringBuilder out = new StringBuilder();
		for (JobInstance run : runs) {
			List<JobExecution> attempts = new ArrayList<>(this.jobRepository.getJobExecutions(run));
			attempts.sort(Comparator.comparing(JobExecution::getId));
			JobExecution last = attempts.get(attempts.size() - 1);
			out.append(String.format("run.date %s  %s%s%n", last.getJobParameters().getLocalDate(RenewalJobConfiguration.RUN_DATE),
					last.getStatus(), (attempts.size() > 1) ? "  (" + attempts.size() + " attempts)" : ""));
			for (JobExecution attempt : attempts) {
				out.append(String.format("  attempt %d: %-9s started %s, %s%s%n", attempt.getId(), attempt.getStatus(),
						time(attempt.getStartTime()), duration(attempt.getStartTime(), attempt.getEndTime()),
						attempt.getExitStatus().getExitDescription().isBlank() ? ""
								: "\n    " + firstLine(attempt.getExitStatus().getExitDescription())));
				steps(attempt, out);
			}
		}
		System.out.print(out);
		return ExitCodes.COMPLETED;
	}

	private static void steps(JobExecution attempt, StringBuilder out) {
		List<StepExecution> steps = new ArrayList<>(attempt.getStepExecutions());
		steps.sort(Comparator.comparing(StepExecution::getId));
		List<StepExecution> files = steps.stream().filter(s -> s.getStepName().startsWith(PARTITION_PREFIX)).toList();
		for (StepExecution step : steps) {
			if (step.getStepName().startsWith(PARTITION_PREFIX)) {
				continue;
			}
			long read = step.getReadCount();
			long written = step.getWriteCount();
			long filtered = step.getFilterCount();
			String extra = "";
			if (step.getStepName().equals("ingest")) {
				read = files.stream().mapToLong(StepExecution::getReadCount).sum();
				written = files.stream().mapToLong(StepExecution::getWriteCount).sum();
				extra = ", " + files.size() + " roster files";
			}
			out.append(String.format("    %-8s %-9s %10s  read %,d  written %,d%s%s%n", step.getStepName(),
					step.getStatus(), duration(step.getStartTime(), step.getEndTime()), read, written,
					(filtered > 0) ? "  rejected " + String.format("%,d", filtered) : "", extra));
		}
		for (StepExecution file : files) {
			if (!file.getStatus().name().equals("COMPLETED")) {
				out.append(String.format("      %s %s after %,d rows%n", file.getStepName().substring(PARTITION_PREFIX.length()),
						file.getStatus(), file.getReadCount()));
			}
		}
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ') : "-";
	}

	private static String duration(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "not started";
		}
		Duration duration = Duration.between(start, (end != null) ? end : LocalDateTime.now());
		String text = (duration.toMillis() < 60_000) ? String.format("%.1f s", duration.toMillis() / 1000.0)
				: String.format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
		return (end != null) ? text : "running for " + text;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
