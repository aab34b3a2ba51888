package jp.or.jrs.renewal.roster;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * Withdrawing a roster file sent by mistake: everything it contributed to the ledger (its credits and its
 * reject rows) goes, in one transaction, with a record of who, when and why that the next run summary
 * shows. Eligibility reflects it from the next run (or after rerunning the credits and reports steps).
 */
@Service
public class RosterWithdrawal {

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

	/** Withdraws the file of that name; returns what the ledger held of it. */
	public RosterFileStore.StoredFile withdraw(String fileName, String by, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RefusedException("a withdrawal needs a reason, e.g. --reason=\"sent for the wrong meeting\"");
		}
		RosterFileStore.StoredFile file = this.files.find(fileName)
			.orElseThrow(() -> new RefusedException("the ledger holds no roster file named " + fileName
					+ " (roster files are known by their name, e.g. congress-2025.csv)"));
		if (file.ingestedOn() == null) {
			throw new RefusedException(fileName + " is being taken in by a run that has not completed; "
					+ "restart that run first (see status)");
		}
		this.transaction.executeWithoutResult(status -> {
			this.ledger.removeFiles(List.of(file.fileId()));
			this.files.forget(fileName);
			this.withdrawals.record(fileName, file.sha256(), by, reason, file.accepted());
		});
		return file;
	}

}
