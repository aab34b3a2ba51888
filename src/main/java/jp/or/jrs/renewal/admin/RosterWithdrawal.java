package jp.or.jrs.renewal.admin;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.job.Command;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.UsageException;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.Withdrawals;

/**
 * {@code withdraw FILE --reason=TEXT [--by=NAME]}: removes everything one roster file contributed to the
 * ledger (its credits and its reject rows), in one transaction, with a record of who, when and why that
 * the next run summary shows. Eligibility reflects it from the next run (or after rerunning the credits
 * and reports steps).
 */
@Component
public class RosterWithdrawal implements Command {

	private final RosterFileStore files;

	private final CreditLedger ledger;

	private final Withdrawals withdrawals;

	private final TransactionTemplate transaction;

	public RosterWithdrawal(RosterFileStore files, CreditLedger ledger, Withdrawals withdrawals,
			TransactionTemplate transaction) {
		this.files = files;
		this.ledger = ledger;
		this.withdrawals = withdrawals;
		this.transaction = transaction;
	}

	@Override
	public List<String> names() {
		return List.of("withdraw");
	}

	@Override
	public int run(String name, List<String> operands, ApplicationArguments args) {
		if (operands.size() != 1 || !args.containsOption("reason") || args.getOptionValues("reason").get(0).isBlank()) {
			throw new UsageException("withdraw needs the roster file's name and a reason: withdraw FILE.csv --reason=TEXT");
		}
		String fileName = operands.get(0);
		String reason = args.getOptionValues("reason").get(0);
		String by = args.containsOption("by") ? args.getOptionValues("by").get(0) : System.getProperty("user.name");
		RosterFileStore.StoredFile file = this.files.find(fileName)
			.orElseThrow(() -> new UsageException("the ledger holds no roster file named " + fileName
					+ " (roster files are known by their name, e.g. congress-2025.csv)"));
		if (file.ingestedOn() == null) {
			throw new UsageException(fileName + " is being taken in by a run that has not completed; "
					+ "restart that run first (see status)");
		}
		this.transaction.executeWithoutResult(status -> {
			this.ledger.removeFiles(List.of(file.fileId()));
			this.files.forget(fileName);
			this.withdrawals.record(fileName, file.sha256(), by, reason, file.accepted());
		});
		System.out.println("Withdrew " + fileName + ": " + file.accepted() + " credits and the reject rows of "
				+ (file.rejected() + file.duplicate()) + " rows removed, recorded as withdrawn by " + by + " ("
				+ reason + "). Eligibility reflects it from the next run.");
		return ExitCodes.COMPLETED;
	}

}
