package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.CommandLine;
import jp.or.jrs.renewal.RenewalProperties;
import jp.or.jrs.renewal.report.RunReportsTasklet;

/**
 * {@code run} and {@code restart}: the nightly run from the command line (spec §7). A new date starts a
 * run; a date whose run failed, or was killed, resumes where it stopped; a date already completed
 * changes nothing and says so. {@code restart} does the same for a run that must exist.
 */
@Component
public class NightlyRun implements Command {

	private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final RenewalProperties properties;

	public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job renewalCreditsJob,
			RenewalProperties properties) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = renewalCreditsJob;
		this.properties = properties;
	}

	@Override
	public List<String> names() {
		return List.of("run", "restart");
	}

	@Override
	public int run(String name, List<String> operands, ApplicationArguments args) throws Exception {
		boolean restart = name.equals("restart");
		LocalDate runDate = runDate(operands, restart);
		if (!Files.isDirectory(this.properties.input())) {
			throw new UsageException("the input folder " + this.properties.input().toAbsolutePath()
					+ " does not exist; give it with --input=DIR");
		}
		JobInstance instance = this.jobRepository.getJobInstance(this.job.getName(), identifying(runDate));
		if (restart && instance == null) {
			throw new UsageException("there is no run of " + runDate + " to restart; `status` lists the runs");
		}
		if (instance != null) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				System.out.println("The run of " + runDate + " already completed ("
						+ last.getEndTime().truncatedTo(ChronoUnit.SECONDS) + "); nothing to do, nothing changed. "
						+ "Its reports are in " + this.properties.runFolder(runDate));
				return ExitCodes.NOTHING_TO_DO;
			}
			if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
				System.out.println("The run of " + runDate + " was abandoned; nothing to do.");
				return ExitCodes.NOTHING_TO_DO;
			}
			if (last != null && last.isRunning()) {
				// This process holds the run lock, so no other process runs this job: the execution still
				// marked running was killed. Mark it failed so that it can resume.
				log.info("The run of {} was interrupted (execution {} still marked {}); recovering it", runDate,
						last.getId(), last.getStatus());
				this.jobOperator.recover(last);
			}
			System.out.println("Resuming the run of " + runDate + " where it stopped.");
		}
		JobParameters parameters = new JobParametersBuilder(identifying(runDate))
			.addString("input", this.properties.input().toString(), false)
			.addString("output", this.properties.output().toString(), false)
			.toJobParameters();
		return report(runDate, this.jobOperator.start(this.job, parameters));
	}

	static JobParameters identifying(LocalDate runDate) {
		return new JobParametersBuilder().addLocalDate(RenewalJobConfiguration.RUN_DATE, runDate).toJobParameters();
	}

	private int report(LocalDate runDate, JobExecution execution) throws IOException {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			System.err.println("The run of " + runDate + " " + execution.getStatus().name().toLowerCase() + ": "
					+ failureMessage(execution));
			System.err.println("Run the same command again to resume it where it stopped.");
			return ExitCodes.FAILED;
		}
		Path summary = this.properties.runFolder(runDate).resolve(RunReportsTasklet.RUN_SUMMARY);
		if (Files.exists(summary)) {
			System.out.print(Files.readString(summary, StandardCharsets.UTF_8));
		}
		System.out.println("Reports: " + this.properties.runFolder(runDate).toAbsolutePath());
		long rejections = execution.getExecutionContext().getLong(RunReportsTasklet.REJECTIONS, 0L);
		return (rejections > 0) ? ExitCodes.COMPLETED_WITH_REJECTS : ExitCodes.COMPLETED;
	}

	static String failureMessage(JobExecution execution) {
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

	/** {@code run.date=YYYY-MM-DD} (default today); {@code restart} also takes the bare date. */
	static LocalDate runDate(List<String> operands, boolean restart) {
		if (restart && operands.size() != 1) {
			throw new UsageException("restart needs the run date: restart YYYY-MM-DD");
		}
		LocalDate runDate = LocalDate.now();
		for (String operand : operands) {
			String value = operand.startsWith(RenewalJobConfiguration.RUN_DATE + "=")
					? operand.substring(operand.indexOf('=') + 1) : restart ? operand : null;
			if (value == null) {
				throw new UsageException("unknown argument '" + operand + "'; " + CommandLine.help("run"));
			}
			runDate = parseDate(value);
		}
		return runDate;
	}

	/** A run date as written on the command line; Boot's {@code ,java.time.LocalDate} suffix is accepted. */
	public static LocalDate parseDate(String value) {
		int type = value.indexOf(',');
		try {
			return LocalDate.parse((type >= 0) ? value.substring(0, type) : value);
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("'" + value + "' is not a date; write it YYYY-MM-DD");
		}
	}

}
