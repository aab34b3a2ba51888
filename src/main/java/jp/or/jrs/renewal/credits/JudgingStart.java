package jp.or.jrs.renewal.credits;

import java.util.Map;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.or.jrs.renewal.support.RunDate;

/**
 * Where the credits step starts. A resumed step goes on after its last committed chunk only while the
 * verdicts depend on what they did when it began: a withdrawal or another night may have changed the
 * ledger since, and then it starts over (the night's history rows with it).
 */
class JudgingStart implements StepExecutionListener {

	/** Step context key: what the verdicts depended on when the step began. */
	private static final String FINGERPRINT = "credits.fingerprint";

	private final Verdicts verdicts;

	private final EligibilityHistory history;

	JudgingStart(Verdicts verdicts, EligibilityHistory history) {
		this.verdicts = verdicts;
		this.history = history;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		String fingerprint = this.verdicts.fingerprint();
		if (context.containsKey(MemberCreditsReader.POSITION)
				&& !fingerprint.equals(context.getString(FINGERPRINT, ""))) {
			context.entrySet().stream().map(Map.Entry::getKey).toList().forEach(context::remove);
		}
		if (!context.containsKey(MemberCreditsReader.POSITION)) {
			this.history.forget(RunDate.of(stepExecution));
		}
		context.putString(FINGERPRINT, fingerprint);
	}

}
