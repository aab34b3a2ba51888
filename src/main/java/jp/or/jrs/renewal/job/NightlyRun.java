package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.RenewalProperties;
import jp.or.jrs.renewal.report.RunReportsTasklet;

/**
 * The nightly run from the command line (spec §7): {@code run.date=YYYY-MM-DD} (default today). A new
 * date starts a run; a date whose run failed, or was killed, resumes it where it stopped; a date already
 * completed changes nothing and says so.
 */
@Component
public class NightlyRun implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final RenewalProperties properties;

	private int exitCode = ExitCodes.UNEXPECTED;

	public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job renewalCreditsJob,
			RenewalProperties properties) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = renewalCreditsJob;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		LocalDate runDate = runDate(args);
		if (!Files.isDirectory(this.properties.input())) {
			throw new UsageException("the input folder " + this.properties.input().toAbsolutePath()
					+ " does not exist; give it with --input=DIR");
		}
		this.exitCode = run(runDate);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	int run(LocalDate runDate) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLocalDate(RenewalJobConfiguration.RUN_DATE, runDate)
			.addString("input", this.properties.input().toString(), false)
			.addString("output", this.properties.output().toString(), false)
			.toJobParameters();
		JobInstance instance = this.jobRepository.getJobInstance(this.job.getName(),
				new JobParametersBuilder().addLocalDate(RenewalJobConfiguration.RUN_DATE, runDate).toJobParameters());
		if (instance != null) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				System.out.println("The run of " + runDate + " already completed (" + last.getEndTime()
						+ "); nothing to do, nothing changed. Its reports are in "
						+ this.properties.runFolder(runDate));
				return ExitCodes.NOTHING_TO_DO;
			}
			if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
				System.out.println("The run of " + runDate + " was abandoned; nothing to do.");
				return ExitCodes.NOTHING_TO_DO;
			}
			if (last != null && last.isRunning()) {
				// This process holds the embedded database's lock, so no other process runs this job: the
				// execution still marked running was killed. Mark it failed so it can resume.
				log.info("The run of {} was interrupted (execution {}); recovering it", runDate, last.getId());
				this.jobOperator.recover(last);
			}
			System.out.println("Resuming the run of " + runDate + " where it stopped.");
		}
		JobExecution execution = this.jobOperator.start(this.job, parameters);
		return report(runDate, execution);
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

	private static String failureMessage(JobExecution execution) {
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

	static LocalDate runDate(ApplicationArguments args) {
		LocalDate runDate = LocalDate.now();
		for (String arg : args.getNonOptionArgs()) {
			if (arg.equals("run")) {
				continue;
			}
			if (!arg.startsWith(RenewalJobConfiguration.RUN_DATE + "=")) {
				throw new UsageException("unknown argument '" + arg
						+ "'; usage: java -jar renewal-credits.jar [run.date=YYYY-MM-DD] [--input=DIR] [--output=DIR]");
			}
			String value = arg.substring(arg.indexOf('=') + 1);
			int type = value.indexOf(',');
			try {
				runDate = LocalDate.parse((type >= 0) ? value.substring(0, type) : value);
			}
			catch (DateTimeParseException ex) {
				throw new UsageException("run.date '" + value + "' is not a date; write it YYYY-MM-DD");
			}
		}
		return runDate;
	}

}
