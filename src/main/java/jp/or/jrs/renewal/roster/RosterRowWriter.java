package jp.or.jrs.renewal.roster;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import jp.or.jrs.renewal.ledger.Credit;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.support.Problem;

/**
 * Writes a chunk of validated rows of one file (each item the rows of one read, {@link RosterFileReader}): accepted credits to the ledger, problems to the reject
 * table, and the file's counts, all in the chunk's transaction, so a rerun neither loses nor repeats a
 * row.
 */
public class RosterRowWriter implements ItemWriter<List<ValidatedRow>> {

	private final CreditLedger ledger;

	private final RosterFileStore files;

	private final int fileId;

	public RosterRowWriter(CreditLedger ledger, RosterFileStore files, int fileId) {
		this.ledger = ledger;
		this.files = files;
		this.fileId = fileId;
	}

	@Override
	public void write(Chunk<? extends List<ValidatedRow>> chunk) {
		int size = 0;
		for (List<ValidatedRow> rows : chunk) {
			size += rows.size();
		}
		List<Credit> credits = new ArrayList<>(size);
		List<Problem> problems = new ArrayList<>();
		int rejected = 0;
		int duplicates = 0;
		for (List<ValidatedRow> rows : chunk) {
			for (ValidatedRow row : rows) {
				if (row.isAccepted()) {
					credits.add(row.credit());
				}
				else {
					problems.addAll(row.problems());
					if (row.duplicate()) {
						duplicates++;
					}
					else {
						rejected++;
					}
				}
			}
		}
		this.ledger.addCredits(this.fileId, credits);
		this.ledger.addProblems(this.fileId, problems);
		this.files.addCounts(this.fileId, credits.size(), rejected, duplicates);
	}

}
