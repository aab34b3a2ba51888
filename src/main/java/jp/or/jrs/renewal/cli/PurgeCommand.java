package jp.or.jrs.renewal.cli;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.MetadataPurge;
import jp.or.jrs.renewal.support.RefusedException;

/** {@code purge --keep=N}: deletes the job metadata of all but the latest N runs. */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class PurgeCommand implements CommandHandler {

	private final MetadataPurge purge;

	PurgeCommand(MetadataPurge purge) {
		this.purge = purge;
	}

	@Override
	public int run(Invocation invocation) {
		invocation.noOperands();
		int keep = invocation.option("keep", Integer.class).orElseThrow(() -> new RefusedException(
				"purge needs how many runs to keep: purge --keep=N (N at least 1)"));
		MetadataPurge.Purged result = this.purge.keepLatest(keep);
		System.out.println("Purged the metadata of " + result.purged().size() + " runs"
				+ (result.purged().isEmpty() ? "" : " " + result.purged()) + "; kept " + result.kept().size()
				+ (result.kept().isEmpty() ? "" : " " + result.kept()) + ". The ledger is untouched.");
		return ExitCodes.COMPLETED;
	}

}
