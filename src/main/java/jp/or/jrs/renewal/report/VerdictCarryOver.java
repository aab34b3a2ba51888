package jp.or.jrs.renewal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.RenewalProperties;
import jp.or.jrs.renewal.credits.Verdicts;
import jp.or.jrs.renewal.support.Sha256;

/**
 * Decides whether tonight must judge every certification or may carry the last verdicts over, and does
 * the carrying: when the fingerprint of everything the verdicts depend on equals the last judging
 * night's ({@link Verdicts}), and that night's eligibility.csv and requirements.csv are as it wrote them,
 * they are copied with their history rows. Anything else (a new roster, a changed member list, new rules,
 * a new build, a missing or edited file) means judging again.
 */
public class VerdictCarryOver implements JobExecutionDecider, Tasklet {

	public static final FlowExecutionStatus CARRY_OVER = new FlowExecutionStatus("CARRY_OVER");

	public static final FlowExecutionStatus JUDGE = new FlowExecutionStatus("JUDGE");

	/** Job context key: the night whose verdicts this one carried over, for the run summary. */
	public static final String CARRIED_FROM = "verdicts.carriedFrom";

	private final Verdicts verdicts;

	private final RenewalProperties properties;

	private final EligibilityHistory history;

	public VerdictCarryOver(Verdicts verdicts, RenewalProperties properties, EligibilityHistory history) {
		this.verdicts = verdicts;
		this.properties = properties;
		this.history = history;
	}

	/** Job context key: the judging night the decision found carriable, for the step that follows it. */
	private static final String CARRIABLE = "verdicts.carriable";

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		Optional<Verdicts.Judged> carriable = carriable(runDate(jobExecution));
		carriable.ifPresent(last -> jobExecution.getExecutionContext().putString(CARRIABLE, last.runDate().toString()));
		return carriable.isPresent() ? CARRY_OVER : JUDGE;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		LocalDate runDate = runDate(job);
		// The decision just checked this night's fingerprint and files; a restart decides again.
		Verdicts.Judged last = this.verdicts.lastBefore(runDate)
			.filter(judged -> judged.runDate().toString().equals(job.getExecutionContext().getString(CARRIABLE, "")))
			.orElseThrow(() -> new IllegalStateException("the verdicts to carry over changed; run the night again"));
		Path from = this.properties.runFolder(last.runDate());
		Path to = this.properties.runFolder(runDate);
		Files.createDirectories(to);
		for (String file : new String[] { EligibilityFiles.ELIGIBILITY, EligibilityFiles.REQUIREMENTS }) {
			Path partial = to.resolve(file + ".part");
			Files.copy(from.resolve(file), partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, to.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		this.history.copy(last.runDate(), runDate);
		LocalDate origin = (last.carriedFrom() != null) ? last.carriedFrom() : last.runDate();
		this.verdicts.record(new Verdicts.Judged(runDate, last.fingerprint(), last.eligibilitySha256(),
				last.requirementsSha256(), origin));
		job.getExecutionContext().putString(CARRIED_FROM, origin.toString());
		return RepeatStatus.FINISHED;
	}

	/** The last judging night, if tonight may carry its verdicts over. */
	private Optional<Verdicts.Judged> carriable(LocalDate runDate) {
		return this.verdicts.lastBefore(runDate).filter(last -> {
			Path folder = this.properties.runFolder(last.runDate());
			Path eligibility = folder.resolve(EligibilityFiles.ELIGIBILITY);
			Path requirements = folder.resolve(EligibilityFiles.REQUIREMENTS);
			return last.fingerprint().equals(this.verdicts.fingerprint()) && Files.isRegularFile(eligibility)
					&& Files.isRegularFile(requirements)
					&& Sha256.of(eligibility).equals(last.eligibilitySha256())
					&& Sha256.of(requirements).equals(last.requirementsSha256());
		});
	}

	private static LocalDate runDate(JobExecution job) {
		return job.getJobParameters().getLocalDate("run.date");
	}

}
