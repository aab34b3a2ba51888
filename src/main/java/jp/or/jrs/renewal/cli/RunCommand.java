package jp.or.jrs.renewal.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.NightlyRuns;
import jp.or.jrs.renewal.report.RunReportsTasklet;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;

/**
 * {@code run} and {@code restart}: the nightly run from the command line (spec §7), its run summary
 * printed at the end and its outcome as the exit status.
 */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class RunCommand implements CommandHandler {

	private final NightlyRuns nightlyRuns;

	private final RenewalProperties properties;

	RunCommand(NightlyRuns nightlyRuns, RenewalProperties properties) {
		this.nightlyRuns = nightlyRuns;
		this.properties = properties;
	}

	@Override
	public int run(Invocation invocation) throws Exception {
		boolean restart = invocation.command() == Command.RESTART;
		LocalDate runDate = restart ? RunDate.parse(invocation.operand("the run date: restart YYYY-MM-DD"))
				: runDate(invocation);
		NightlyRuns.Night night = this.nightlyRuns.standing(runDate, restart);
		Path runFolder = this.properties.runFolder(runDate);
		switch (night.standing()) {
			case COMPLETED -> {
				System.out.println("The run of " + runDate + " already completed ("
						+ night.ended().truncatedTo(ChronoUnit.SECONDS) + "); nothing to do, nothing changed. "
						+ "Its reports are in " + runFolder);
				return ExitCodes.NOTHING_TO_DO;
			}
			case ABANDONED -> {
				System.out.println("The run of " + runDate + " was abandoned; nothing to do.");
				return ExitCodes.NOTHING_TO_DO;
			}
			case UNFINISHED -> System.out.println("Resuming the run of " + runDate + " where it stopped.");
			case NEW -> {
			}
		}
		JobExecution execution = this.nightlyRuns.start(runDate);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			System.err.println("The run of " + runDate + " " + execution.getStatus().name().toLowerCase() + ": "
					+ NightlyRuns.failureMessage(execution));
			System.err.println("Run the same command again to resume it where it stopped.");
			return ExitCodes.FAILED;
		}
		Path summary = runFolder.resolve(RunReportsTasklet.RUN_SUMMARY);
		if (Files.exists(summary)) {
			System.out.print(Files.readString(summary, StandardCharsets.UTF_8));
		}
		System.out.println("Reports: " + runFolder.toAbsolutePath());
		return (NightlyRuns.rejections(execution) > 0) ? ExitCodes.COMPLETED_WITH_REJECTS : ExitCodes.COMPLETED;
	}

	/** {@code run.date=YYYY-MM-DD}, default today. */
	private static LocalDate runDate(Invocation invocation) {
		LocalDate runDate = LocalDate.now();
		for (String operand : invocation.operands()) {
			if (!operand.startsWith(RunDate.PARAMETER + "=")) {
				throw new RefusedException("unknown argument '" + operand + "'; " + Command.help(Command.RUN));
			}
			runDate = RunDate.parse(operand.substring(operand.indexOf('=') + 1));
		}
		return runDate;
	}

}
