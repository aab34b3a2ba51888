package jp.or.jrs.renewal.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The night a run stands for, {@code run.date}: the one identifying job parameter (spec §6). Every step
 * reads it from its execution through here.
 */
public final class RunDate {

	public static final String PARAMETER = "run.date";

	private RunDate() {
	}

	public static LocalDate of(JobExecution execution) {
		LocalDate runDate = execution.getJobParameters().getLocalDate(PARAMETER);
		if (runDate == null) {
			throw new IllegalStateException("job execution " + execution.getId() + " has no " + PARAMETER);
		}
		return runDate;
	}

	public static LocalDate of(StepExecution execution) {
		return of(execution.getJobExecution());
	}

	/** The parameters that identify the run of a night. */
	public static JobParameters identifying(LocalDate runDate) {
		return new JobParametersBuilder().addLocalDate(PARAMETER, runDate).toJobParameters();
	}

	/** A date as a person writes it on the command line or in a form: {@code 2026-11-24}. */
	public static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("'" + text + "' is not a date; write it YYYY-MM-DD, e.g. 2026-11-24");
		}
	}

}
