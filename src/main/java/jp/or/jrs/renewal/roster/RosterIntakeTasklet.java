package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(RosterIntakeTasklet.class);

	private final RenewalProperties properties;

	private final RosterFileStore files;

	private final CreditLedger ledger;

	private final Withdrawals withdrawals;

	private final RosterFileHashes hashes;

	public RosterIntakeTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger,
			Withdrawals withdrawals, RosterFileHashes hashes) {
		this.properties = properties;
		this.files = files;
		this.ledger = ledger;
		this.withdrawals = withdrawals;
		this.hashes = hashes;
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
		Map<String, RosterFileHashes.Known> hashed = this.hashes.byName();
		List<RosterFileStore.RunFileEntry> entries = new ArrayList<>(listing.rosters().size());
		List<RosterFileHashes.Read> reads = new ArrayList<>();
		Set<String> forgotten = new HashSet<>(hashed.keySet());
		int untouched = 0;
		// Reading, hashing, inspecting and spooling a file touch no table: they run on worker threads, a file
		// each (only its bytes in memory), while this thread records the decisions in order, in the step's
		// transaction.
		ExecutorService workers = WorkerThreads.start("intake", this.properties.ingestThreadCount());
		try {
			List<Future<Arrival>> arrivals = new ArrayList<>(listing.rosters().size());
			Instant readFrom = this.hashes.now();
			boolean statesTell = RosterFileHashes.statesTell(this.properties.rosterInbox());
			for (Path file : listing.rosters()) {
				RosterFileHashes.Known last = hashed.get(file.getFileName().toString());
				arrivals.add(workers.submit(() -> arrive(file, last, stored, withdrawn, spool, readFrom, statesTell)));
			}
			for (Future<Arrival> future : arrivals) {
				contribution.incrementReadCount();
				Arrival arrival = WorkerThreads.result(future);
				untouched += arrival.untouched() ? 1 : 0;
				// Forgotten: the files no longer in the folder, and those read but written too lately to be
				// remembered by their state.
				if (arrival.untouched() || arrival.read() != null) {
					forgotten.remove(arrival.name());
				}
				if (arrival.read() != null && !arrival.read().equals(hashed.get(arrival.name()))) {
					reads.add(new RosterFileHashes.Read(arrival.name(), arrival.read()));
				}
				entries.add(record(arrival, stored, runDate, replaced));
			}
		}
		finally {
			WorkerThreads.stop(workers);
		}
		if (untouched > 0) {
			log.info("{} of {} roster files are untouched since they were last read (the same size, times and inode):"
					+ " not read again", untouched, listing.rosters().size());
		}
		this.hashes.update(reads, forgotten);
		this.files.recordRunFiles(runDate, entries);
		// What the earlier versions of these files contributed goes, in one pass over the ledger.
		this.ledger.removeFiles(replaced);
		SKIPPED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(),
				new Skipped(listing.skipped()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * What becomes of one file, decided from its bytes (or from its state, when nobody wrote it since it was
	 * last read and its content is the ledger's or withdrawn): {@code inspection} is null unless the content
	 * is new to the ledger; {@code lines} counts the lines of a file to ingest, whose UTF-8 copy is in the spool;
	 * {@code read} is the hash and state of the file as read tonight, to remember; null when it was not read
	 * ({@code untouched} since the last reading, and its content the ledger's or withdrawn), or when it had
	 * changed too lately to be remembered by its state.
	 */
	private record Arrival(String name, String sha256, RosterFileStatus status, RosterFileFormat.Inspection inspection,
			int lines, RosterFileHashes.Known read, boolean untouched) {

		Arrival(String name, String sha256, RosterFileStatus status, RosterFileFormat.Inspection inspection, int lines,
				RosterFileHashes.Known read) {
			this(name, sha256, status, inspection, lines, read, false);
		}

		static Arrival untouched(String name, String sha256, RosterFileStatus status) {
			return new Arrival(name, sha256, status, null, 0, null, true);
		}

	}

	/**
	 * {@code readFrom}: a moment before this file was first looked at (the step's start), what a remembered
	 * state is checked against ({@link RosterFileHashes.FileState#worthKeeping}).
	 */
	private static Arrival arrive(Path file, RosterFileHashes.Known last,
			Map<String, RosterFileStore.StoredFile> stored, Set<Withdrawals.Content> withdrawn, Path spool,
			Instant readFrom, boolean statesTell) throws IOException {
		String name = file.getFileName().toString();
		Optional<RosterFileHashes.FileState> before = statesTell ? RosterFileHashes.FileState.of(file)
				: Optional.empty();
		RosterFileStore.StoredFile known = stored.get(name);
		if (last != null && before.isPresent() && last.state().equals(before.get())) {
			// Nobody wrote the file since it was read: its content is the one hashed then.
			Optional<RosterFileStatus> decided = decidedByContent(name, last.sha256(), known, withdrawn);
			if (decided.isPresent()) {
				return Arrival.untouched(name, last.sha256(), decided.get());
			}
		}
		byte[] bytes = Files.readAllBytes(file);
		// Remembered only if the file did not change (or go) while it was read, and had settled before.
		boolean unchangedWhileRead = before.isPresent() && before.equals(RosterFileHashes.FileState.of(file));
		String sha256 = Sha256.of(bytes);
		RosterFileHashes.Known read = unchangedWhileRead && before.get().worthKeeping(readFrom)
				? new RosterFileHashes.Known(sha256, before.get()) : null;
		Optional<RosterFileStatus> decided = decidedByContent(name, sha256, known, withdrawn);
		if (decided.isPresent()) {
			return new Arrival(name, sha256, decided.get(), null, 0, read);
		}
		RosterFileFormat.Inspection inspection = RosterFileFormat.inspect(bytes);
		if (!inspection.readable()) {
			return new Arrival(name, sha256, RosterFileStatus.FILE_REJECTED, inspection, 0, read);
		}
		try {
			// The spool holds UTF-8: a CP932 file is decoded here once, not again by every reading of it.
			if (inspection.charset().equals(StandardCharsets.UTF_8)) {
				Files.write(spool.resolve(name), bytes);
			}
			else {
				TextEncoding.writeAsUtf8(bytes, inspection.charset(), spool.resolve(name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + name + " to the spool folder " + spool, ex);
		}
		boolean replaced = known != null && known.ingestedOn() != null;
		return new Arrival(name, sha256, replaced ? RosterFileStatus.REPLACED : RosterFileStatus.INGESTED, inspection,
				lines(bytes), read);
	}

	/**
	 * The fate a content settles without reading further: WITHDRAWN when the office withdrew it, UNCHANGED
	 * when the ledger holds it under this name; empty when the file is to be inspected.
	 */
	private static Optional<RosterFileStatus> decidedByContent(String name, String sha256,
			RosterFileStore.StoredFile known, Set<Withdrawals.Content> withdrawn) {
		if (withdrawn.contains(new Withdrawals.Content(name, sha256))) {
			return Optional.of(RosterFileStatus.WITHDRAWN);
		}
		if (known != null && known.sha256().equals(sha256)) {
			return Optional.of(RosterFileStatus.UNCHANGED);
		}
		return Optional.empty();
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
