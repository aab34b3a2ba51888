package jp.or.jrs.renewal.credits;

import java.nio.file.Files;
import java.nio.file.Path;
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

import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.ContextKey;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;
import jp.or.jrs.renewal.support.Sha256;

/**
 * Decides whether tonight must judge every certification or may carry the last verdicts over, and does
 * the carrying: when the fingerprint of everything the verdicts depend on equals the last judging
 * night's ({@link Verdicts}), and that night's eligibility.csv, requirements.csv and shortfall.csv are as
 * it wrote them, the files are copied and the night records that its verdicts are that night's (their rows
 * are kept once, not copied: at ten million credits copying them took most of a quiet night's
 * {@code carryOver}). Anything else (a new roster, a changed member list, new rules,
 * a new build, a missing or edited file) means judging again.
 */
public class VerdictCarryOver implements JobExecutionDecider, Tasklet {

	public static final FlowExecutionStatus CARRY_OVER = new FlowExecutionStatus("CARRY_OVER");

	public static final FlowExecutionStatus JUDGE = new FlowExecutionStatus("JUDGE");

	/** The night whose verdicts this one carried over, for the run summary. */
	public static final ContextKey<LocalDate> CARRIED_FROM = ContextKey.of("verdicts.carriedFrom", LocalDate.class);

	/** The judging night the decision found carriable, for the step that follows it. */
	private static final ContextKey<LocalDate> CARRIABLE = ContextKey.of("verdicts.carriable", LocalDate.class);

	private final Verdicts verdicts;

	private final RenewalProperties properties;

	private final EligibilityHistory history;

	public VerdictCarryOver(Verdicts verdicts, RenewalProperties properties, EligibilityHistory history) {
		this.verdicts = verdicts;
		this.properties = properties;
		this.history = history;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		Optional<Verdicts.Judged> carriable = carriable(RunDate.of(jobExecution));
		carriable.ifPresent(last -> CARRIABLE.put(jobExecution.getExecutionContext(), last.runDate()));
		return carriable.isPresent() ? CARRY_OVER : JUDGE;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		LocalDate runDate = RunDate.of(job);
		// The decision just checked this night's fingerprint and files; a restart decides again.
		Optional<LocalDate> decided = CARRIABLE.get(job.getExecutionContext());
		Verdicts.Judged last = this.verdicts.lastBefore(runDate)
			.filter(judged -> decided.isPresent() && judged.runDate().equals(decided.get()))
			.orElseThrow(() -> new IllegalStateException("the verdicts to carry over changed; run the night again"));
		Path from = this.properties.runFolder(last.runDate());
		Path to = this.properties.runFolder(runDate);
		for (String file : EligibilityFiles.JUDGED) {
			AtomicFiles.copy(from.resolve(file), to.resolve(file));
		}
		// Rows this night may hold from an attempt that judged before a restart decided to carry over.
		this.history.forget(runDate);
		LocalDate origin = (last.carriedFrom() != null) ? last.carriedFrom() : last.runDate();
		this.verdicts.record(new Verdicts.Judged(runDate, last.fingerprint(), last.eligibilitySha256(),
				last.requirementsSha256(), last.shortfallSha256(), origin, last.verdictsOf()));
		CARRIED_FROM.put(job.getExecutionContext(), origin);
		return RepeatStatus.FINISHED;
	}

	/** The last judging night, if tonight may carry its verdicts over. */
	private Optional<Verdicts.Judged> carriable(LocalDate runDate) {
		return this.verdicts.lastBefore(runDate).filter(last -> {
			if (!last.fingerprint().equals(this.verdicts.fingerprint())) {
				return false;
			}
			Path folder = this.properties.runFolder(last.runDate());
			for (String file : EligibilityFiles.JUDGED) {
				Path judged = folder.resolve(file);
				if (last.sha256Of(file) == null || !Files.isRegularFile(judged)
						|| !Sha256.of(judged).equals(last.sha256Of(file))) {
					return false;
				}
			}
			return true;
		});
	}

}
