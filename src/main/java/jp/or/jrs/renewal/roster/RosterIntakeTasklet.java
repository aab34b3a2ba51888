package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.Serializable;
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
import jp.or.jrs.renewal.support.ContextKey;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;
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

	/** The inbox entries that are not roster files, for the run summary. */
	public static final ContextKey<Skipped> SKIPPED = ContextKey.of("intake.skipped", Skipped.class);

	/** Entries of the roster folder that are not roster files, as the run summary names them. */
	public record Skipped(List<String> entries) implements Serializable {

		public Skipped {
			entries = List.copyOf(entries);
		}

	}

	private final RenewalProperties properties;

	private final RosterFileStore files;

	private final CreditLedger ledger;

	private final Withdrawals withdrawals;

	public RosterIntakeTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger,
			Withdrawals withdrawals) {
		this.properties = properties;
		this.files = files;
		this.ledger = ledger;
		this.withdrawals = withdrawals;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		LocalDate runDate = RunDate.of(contribution.getStepExecution());
		Path spool = this.properties.spoolFolder(runDate);
		Files.createDirectories(spool);
		RosterInbox.Listing listing = RosterInbox.list(this.properties.rosterInbox());
		List<Integer> replaced = new ArrayList<>();
		// A night that failed while taking a file in, and was not resumed, left part of it: clear that part.
		// The file is taken in afresh below if it is still in the folder; that night, if ever resumed, finds
		// the file no longer its own and leaves it alone.
		for (RosterFileStore.StoredFile unfinished : this.files.unfinishedOfOtherRuns(runDate)) {
			replaced.add(unfinished.fileId());
			this.files.forget(unfinished.fileName());
		}
		for (Path file : listing.rosters()) {
			contribution.incrementReadCount();
			take(file, runDate, spool, replaced);
		}
		// What the earlier versions of these files contributed goes, in one pass over the ledger.
		this.ledger.removeFiles(replaced);
		SKIPPED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(),
				new Skipped(listing.skipped()));
		return RepeatStatus.FINISHED;
	}

	private void take(Path file, LocalDate runDate, Path spool, List<Integer> replacedFiles) throws IOException {
		String name = file.getFileName().toString();
		byte[] bytes = Files.readAllBytes(file);
		String sha256 = Sha256.of(bytes);
		if (this.withdrawals.isWithdrawn(name, sha256)) {
			this.files.recordRunFile(runDate, name, RosterFileStatus.WITHDRAWN, 0, 0, null);
			return;
		}
		Optional<RosterFileStore.StoredFile> stored = this.files.find(name);
		if (stored.isPresent() && stored.get().sha256().equals(sha256)) {
			this.files.recordRunFile(runDate, name, RosterFileStatus.UNCHANGED, 0, 0, null);
			return;
		}
		RosterFileFormat.Inspection inspection = RosterFileFormat.inspect(bytes);
		if (!inspection.readable()) {
			this.files.recordRunFile(runDate, name, RosterFileStatus.FILE_REJECTED, inspection.dataRows(), inspection.dataRows(),
					null);
			this.files.recordRunFileProblems(runDate, name, inspection.problems());
			return;
		}
		boolean replaced = stored.isPresent() && stored.get().ingestedOn() != null;
		if (stored.isPresent()) {
			replacedFiles.add(stored.get().fileId());
		}
		this.files.startIngestion(name, sha256, TextEncoding.label(inspection.charset()), runDate);
		// Its lines less the header: about its data rows, until ingestion counts them (for progress).
		this.files.recordRunFile(runDate, name, replaced ? RosterFileStatus.REPLACED : RosterFileStatus.INGESTED, lines(bytes) - 1, 0,
				replaced ? stored.get().accepted() : null);
		try {
			// The spool holds UTF-8: a CP932 file is decoded here once, not again by every reading of it.
			Files.write(spool.resolve(name), inspection.charset().equals(StandardCharsets.UTF_8) ? bytes
					: new String(bytes, inspection.charset()).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + name + " to the spool folder " + spool, ex);
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
