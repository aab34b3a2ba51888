package jp.or.jrs.renewal.cli;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.RosterWithdrawal;
import jp.or.jrs.renewal.support.RefusedException;

/** {@code withdraw FILE --reason=TEXT [--by=NAME]}: removes a roster file's contribution, on record. */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class WithdrawCommand implements CommandHandler {

	private final RosterWithdrawal withdrawal;

	WithdrawCommand(RosterWithdrawal withdrawal) {
		this.withdrawal = withdrawal;
	}

	@Override
	public int run(Invocation invocation) {
		String fileName = invocation.operand("the roster file's name and a reason: withdraw FILE.csv --reason=TEXT");
		String reason = invocation.option("reason").orElseThrow(() -> new RefusedException(
				"withdraw needs the roster file's name and a reason: withdraw FILE.csv --reason=TEXT"));
		String by = invocation.option("by").orElse(System.getProperty("user.name"));
		RosterFileStore.StoredFile file = this.withdrawal.withdraw(fileName, by, reason);
		System.out.println("Withdrew " + fileName + ": " + file.accepted() + " credits and the reject rows of "
				+ (file.rejected() + file.duplicate()) + " rows removed, recorded as withdrawn by " + by + " ("
				+ reason + "). Eligibility reflects it from the next run.");
		return ExitCodes.COMPLETED;
	}

}
