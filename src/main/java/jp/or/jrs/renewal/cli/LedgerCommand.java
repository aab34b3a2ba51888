package jp.or.jrs.renewal.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * {@code ledger [--member=ID] [--file=NAME]}: the credits the ledger holds, as CSV on standard output (and
 * nothing else there: the log goes to standard error), for one member, one roster file, both, or all.
 */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class LedgerCommand implements CommandHandler {

	private static final String[] HEADER = { "file", "line", "member_id", "meeting_id", "held_on", "credit_type",
			"lecture_id", "topic", "units" };

	private final CreditLedger ledger;

	private final RosterFileStore files;

	LedgerCommand(CreditLedger ledger, RosterFileStore files) {
		this.ledger = ledger;
		this.files = files;
	}

	@Override
	public int run(Invocation invocation) {
		invocation.noOperands();
		Optional<String> member = invocation.option("member");
		Optional<String> file = invocation.option("file");
		Map<Integer, String> fileNames = this.files.namesById();
		if (file.isPresent()) {
			RosterFileStore.StoredFile stored = this.files.find(file.get())
				.orElseThrow(() -> new RefusedException("the ledger holds no roster file named " + file.get()));
			fileNames = Map.of(stored.fileId(), stored.fileName());
		}
		PrintWriter out = new PrintWriter(
				new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
		out.print(ReportCsv.line((Object[]) HEADER));
		for (Map.Entry<Integer, String> entry : fileNames.entrySet()) {
			Consumer<Credit> print = print(out, entry.getValue());
			this.ledger.forEachCredit(entry.getKey(), credit -> {
				if (member.isEmpty() || credit.memberId().equals(member.get())) {
					print.accept(credit);
				}
			});
		}
		out.flush();
		return ExitCodes.COMPLETED;
	}

	private static Consumer<Credit> print(PrintWriter out, String file) {
		return c -> out.print(ReportCsv.line(file, c.line(), c.memberId(), c.meeting(), c.heldOn(), c.type(),
				c.lectureId(), c.topic().label(), Numbers.plain(c.units())));
	}

}
