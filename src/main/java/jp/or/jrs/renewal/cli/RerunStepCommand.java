package jp.or.jrs.renewal.cli;

import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.StepRerun;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RunDate;

/** {@code rerun-step DATE STEP}: one step of a completed run, run again. */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class RerunStepCommand implements CommandHandler {

	private final StepRerun stepRerun;

	RerunStepCommand(StepRerun stepRerun) {
		this.stepRerun = stepRerun;
	}

	@Override
	public int run(Invocation invocation) throws Exception {
		if (invocation.operands().size() != 2) {
			throw new RefusedException("rerun-step needs a run date and a step: rerun-step YYYY-MM-DD reports");
		}
		LocalDate runDate = RunDate.parse(invocation.operands().get(0));
		String step = invocation.operands().get(1);
		JobExecution execution = this.stepRerun.rerun(runDate, step);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			System.err.println("Rerunning " + step + " of " + runDate + " failed; see the log.");
			return ExitCodes.FAILED;
		}
		System.out.println("Reran " + step + " of " + runDate + "." + (step.equals("reports") ? ""
				: " Reports follow from it after: rerun-step " + runDate + " credits, then rerun-step " + runDate
						+ " reports"));
		return ExitCodes.COMPLETED;
	}

}
