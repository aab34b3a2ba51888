package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

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
import jp.or.jrs.renewal.support.WorkerThreads;

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
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
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
		Map<String, RosterFileStore.StoredFile> stored = this.files.storedByName();
		Set<Withdrawals.Content> withdrawn = this.withdrawals.withdrawnContents();
		List<RosterFileStore.RunFileEntry> entries = new ArrayList<>(listing.rosters().size());
		// Reading, hashing, inspecting and spooling a file touch no table: they run on worker threads, a file
		// each (only its bytes in memory), while this thread records the decisions in order, in the step's
		// transaction.
		ExecutorService workers = WorkerThreads.start("intake", this.properties.ingestThreadCount());
		try {
			List<Future<Arrival>> arrivals = new ArrayList<>(listing.rosters().size());
			for (Path file : listing.rosters()) {
				arrivals.add(workers.submit(() -> arrive(file, stored, withdrawn, spool)));
			}
			for (Future<Arrival> arrival : arrivals) {
				contribution.incrementReadCount();
				entries.add(record(WorkerThreads.result(arrival), stored, runDate, replaced));
			}
		}
		finally {
			WorkerThreads.stop(workers);
		}
		this.files.recordRunFiles(runDate, entries);
		// What the earlier versions of these files contributed goes, in one pass over the ledger.
		this.ledger.removeFiles(replaced);
		SKIPPED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(),
				new Skipped(listing.skipped()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * What becomes of one file, decided from its bytes: {@code inspection} is null unless the content is new
	 * to the ledger; {@code lines} counts the lines of a file to ingest, whose UTF-8 copy is in the spool.
	 */
	private record Arrival(String name, String sha256, RosterFileStatus status, RosterFileFormat.Inspection inspection,
			int lines) {
	}

	private static Arrival arrive(Path file, Map<String, RosterFileStore.StoredFile> stored,
			Set<Withdrawals.Content> withdrawn, Path spool) throws IOException {
		String name = file.getFileName().toString();
		byte[] bytes = Files.readAllBytes(file);
		String sha256 = Sha256.of(bytes);
		if (withdrawn.contains(new Withdrawals.Content(name, sha256))) {
			return new Arrival(name, sha256, RosterFileStatus.WITHDRAWN, null, 0);
		}
		RosterFileStore.StoredFile known = stored.get(name);
		if (known != null && known.sha256().equals(sha256)) {
			return new Arrival(name, sha256, RosterFileStatus.UNCHANGED, null, 0);
		}
		RosterFileFormat.Inspection inspection = RosterFileFormat.inspect(bytes);
		if (!inspection.readable()) {
			return new Arrival(name, sha256, RosterFileStatus.FILE_REJECTED, inspection, 0);
		}
		try {
			// The spool holds UTF-8: a CP932 file is decoded here once, not again by every reading of it.
			Files.write(spool.resolve(name), inspection.charset().equals(StandardCharsets.UTF_8) ? bytes
					: new String(bytes, inspection.charset()).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + name + " to the spool folder " + spool, ex);
		}
		boolean replaced = known != null && known.ingestedOn() != null;
		return new Arrival(name, sha256, replaced ? RosterFileStatus.REPLACED : RosterFileStatus.INGESTED, inspection,
				lines(bytes));
	}

	private RosterFileStore.RunFileEntry record(Arrival arrival, Map<String, RosterFileStore.StoredFile> stored,
			LocalDate runDate, List<Integer> replacedFiles) {
		String name = arrival.name();
		switch (arrival.status()) {
			case WITHDRAWN, UNCHANGED -> {
				return new RosterFileStore.RunFileEntry(name, arrival.status(), 0, 0, null);
			}
			case FILE_REJECTED -> {
				int dataRows = arrival.inspection().dataRows();
				this.files.recordRunFileProblems(runDate, name, arrival.inspection().problems());
				return new RosterFileStore.RunFileEntry(name, arrival.status(), dataRows, dataRows, null);
			}
			default -> {
				RosterFileStore.StoredFile known = stored.get(name);
				if (known != null) {
					replacedFiles.add(known.fileId());
				}
				this.files.startIngestion(name, Optional.ofNullable(known), arrival.sha256(),
						TextEncoding.label(arrival.inspection().charset()), runDate);
				// Its lines less the header: about its data rows, until ingestion counts them (for progress).
				return new RosterFileStore.RunFileEntry(name, arrival.status(), arrival.lines() - 1, 0,
						(arrival.status() == RosterFileStatus.REPLACED) ? known.accepted() : null);
			}
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
