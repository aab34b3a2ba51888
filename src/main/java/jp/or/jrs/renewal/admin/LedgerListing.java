package jp.or.jrs.renewal.admin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.catalog.MeetingIds;
import jp.or.jrs.renewal.job.Command;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.UsageException;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.ledger.LedgerCredit;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * {@code ledger [--member=ID] [--file=NAME]}: the credits the ledger holds, as CSV on standard output, for
 * one member, one roster file, or all. The ledger packs its credits by chunk; this is how people read it.
 */
@Component
public class LedgerListing implements Command {

	private static final String[] HEADER = { "file", "line", "member_id", "meeting_id", "held_on", "credit_type",
			"lecture_id", "topic", "units" };

	private final CreditLedger ledger;

	private final RosterFileStore files;

	public LedgerListing(CreditLedger ledger, RosterFileStore files) {
		this.ledger = ledger;
		this.files = files;
	}

	@Override
	public List<String> names() {
		return List.of("ledger");
	}

	@Override
	public boolean changesTheDatabase() {
		return false;
	}

	@Override
	public int run(String name, List<String> operands, ApplicationArguments args) {
		if (!operands.isEmpty()) {
			throw new UsageException("ledger takes only --member=ID or --file=NAME");
		}
		String member = args.containsOption("member") ? args.getOptionValues("member").get(0) : null;
		String file = args.containsOption("file") ? args.getOptionValues("file").get(0) : null;
		Map<Integer, String> fileNames = this.files.namesById();
		PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
		out.print(ReportCsv.line((Object[]) HEADER));
		if (file != null) {
			RosterFileStore.StoredFile stored = this.files.find(file)
				.orElseThrow(() -> new UsageException("the ledger holds no roster file named " + file));
			this.ledger.forEachCredit(stored.fileId(), print(out, file));
		}
		else {
			for (Map.Entry<Integer, String> entry : fileNames.entrySet()) {
				Consumer<LedgerCredit> print = print(out, entry.getValue());
				this.ledger.forEachCredit(entry.getKey(),
						credit -> {
							if (member == null || credit.memberId().equals(member)) {
								print.accept(credit);
							}
						});
			}
		}
		out.flush();
		return ExitCodes.COMPLETED;
	}

	private static Consumer<LedgerCredit> print(PrintWriter out, String file) {
		return c -> out.print(ReportCsv.line(file, c.line(), c.memberId(), MeetingIds.id(c.meetingNo()), c.heldOn(),
				c.creditType(), c.lectureId(), c.topic(), Numbers.plain(c.units())));
	}

}
