package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.support.Sha256;
import jp.or.jrs.renewal.support.TextEncoding;

/**
 * Decides, per roster file, what this night does with it (spec §6): a file whose name and content the
 * ledger already holds is UNCHANGED; one the ledger lacks is INGESTED; one whose content changed is
 * REPLACED (what its earlier version contributed is removed here, in this step's transaction); one that
 * cannot be read at all is FILE_REJECTED and tried again next night; one whose content the office
 * withdrew is WITHDRAWN and not taken in again (a new version of it is). The files to ingest are copied to
 * this run's spool folder, so a restart reads exactly the bytes this step saw even if an organizer
 * overwrites the inbox meanwhile.
 */
public class RosterIntakeTasklet implements Tasklet {

	/** Job context key: the inbox entries that are not roster files, for the run summary. */
	public static final String SKIPPED = "intake.skipped";

	private final Path inbox;

	private final Path spool;

	private final RosterFileStore files;

	private final CreditLedger ledger;

	private final Withdrawals withdrawals;

	private final LocalDate runDate;

	public RosterIntakeTasklet(Path inbox, Path spool, RosterFileStore files, CreditLedger ledger,
			Withdrawals withdrawals, LocalDate runDate) {
		this.inbox = inbox;
		this.spool = spool;
		this.files = files;
		this.ledger = ledger;
		this.withdrawals = withdrawals;
		this.runDate = runDate;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Files.createDirectories(this.spool);
		RosterInbox.Listing listing = RosterInbox.list(this.inbox);
		List<Integer> replaced = new ArrayList<>();
		// A night that failed while taking a file in, and was not resumed, left part of it: clear that part.
		// The file is taken in afresh below if it is still in the folder; that night, if ever resumed, finds
		// the file no longer its own and leaves it alone.
		for (RosterFileStore.StoredFile unfinished : this.files.unfinishedOfOtherRuns(this.runDate)) {
			replaced.add(unfinished.fileId());
			this.files.forget(unfinished.fileName());
		}
		for (Path file : listing.rosters()) {
			contribution.incrementReadCount();
			take(file, replaced);
		}
		// What the earlier versions of these files contributed goes, in one pass over the ledger.
		this.ledger.removeFiles(replaced);
		chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
			.put(SKIPPED, new ArrayList<>(listing.skipped()));
		return RepeatStatus.FINISHED;
	}

	private void take(Path file, List<Integer> replacedFiles) throws IOException {
		String name = file.getFileName().toString();
		byte[] bytes = Files.readAllBytes(file);
		String sha256 = Sha256.of(bytes);
		if (this.withdrawals.isWithdrawn(name, sha256)) {
			this.files.recordRunFile(this.runDate, name, "WITHDRAWN", 0, 0, null);
			return;
		}
		Optional<RosterFileStore.StoredFile> stored = this.files.find(name);
		if (stored.isPresent() && stored.get().sha256().equals(sha256)) {
			this.files.recordRunFile(this.runDate, name, "UNCHANGED", 0, 0, null);
			return;
		}
		RosterFileFormat.Inspection inspection = RosterFileFormat.inspect(bytes);
		if (!inspection.readable()) {
			this.files.recordRunFile(this.runDate, name, "FILE_REJECTED", inspection.dataRows(), inspection.dataRows(),
					null);
			this.files.recordRunFileProblems(this.runDate, name, inspection.problems());
			return;
		}
		boolean replaced = stored.isPresent() && stored.get().ingestedOn() != null;
		if (stored.isPresent()) {
			replacedFiles.add(stored.get().fileId());
		}
		this.files.startIngestion(name, sha256, TextEncoding.label(inspection.charset()), this.runDate);
		// Its lines less the header: about its data rows, until ingestion counts them (for progress).
		this.files.recordRunFile(this.runDate, name, replaced ? "REPLACED" : "INGESTED", lines(bytes) - 1, 0,
				replaced ? stored.get().accepted() : null);
		try {
			// The spool holds UTF-8: a CP932 file is decoded here once, not again by every reading of it.
			Files.write(this.spool.resolve(name), inspection.charset().equals(StandardCharsets.UTF_8) ? bytes
					: new String(bytes, inspection.charset()).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + name + " to the spool folder " + this.spool, ex);
		}
	}

	private static int lines(byte[] bytes) {
		int lines = 0;
		for (byte b : bytes) {
			lines += (b == '\n') ? 1 : 0;
		}
		return (bytes.length > 0 && bytes[bytes.length - 1] != '\n') ? lines + 1 : lines;
	}

}
