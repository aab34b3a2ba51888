package jp.or.jrs.renewal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.batch.core.observability.jfr.events.job.JobExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.job.JobLaunchEvent;
import org.springframework.batch.core.observability.jfr.events.step.StepExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkScanEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkTransactionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkWriteEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemProcessEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemReadEvent;
import org.springframework.batch.core.observability.jfr.events.step.partition.PartitionAggregateEvent;
import org.springframework.batch.core.observability.jfr.events.step.partition.PartitionSplitEvent;
import org.springframework.batch.core.observability.jfr.events.step.tasklet.TaskletExecutionEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import jp.or.jrs.renewal.catalog.PublishedCatalog;
import jp.or.jrs.renewal.credits.RuleBook;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.RenewalProperties;

/**
 * Work a command's Spring context would do on its main thread, done first on a second thread:
 * <ul>
 * <li>initialising the classes slowest to initialise ({@link #SLOW_TO_INITIALISE});</li>
 * <li>for the commands that launch the job, Spring Batch's Flight Recorder event classes, the first of
 * which sets up Flight Recorder's metadata (40 ms of the job's launch);</li>
 * <li>once the settings say where they are and the log is set up, reading the rule files
 * ({@link RuleBook#readAhead}, 0.1 s of the main thread). The rules' reader logs: a line logged while Boot
 * sets the log up comes out as Logback's complaint;</li>
 * <li>then, for the commands that launch the job, the published catalog, which the night reads before it
 * starts and again in its catalog step ({@link PublishedCatalog#read}: a read of the same bytes takes the
 * meetings already parsed).</li>
 * </ul>
 * On two cores the JIT's compiler shares the other one, so a night gains less than that (bench/RESULTS.md).
 * Nothing here decides anything: the main thread takes the rule book, or its failure, where it always did,
 * and initialises any class not yet initialised itself.
 */
final class ReadAhead {

	private static final Set<Command> LAUNCHING_THE_JOB = Set.of(Command.RUN, Command.RESTART, Command.RERUN_STEP);

	/** Every event class Spring Batch 6 records, in the order a night first meets them. */
	private static final List<Class<?>> BATCH_EVENTS = List.of(JobLaunchEvent.class, JobExecutionEvent.class,
			StepExecutionEvent.class, TaskletExecutionEvent.class, PartitionSplitEvent.class, ItemReadEvent.class,
			ItemProcessEvent.class, ChunkWriteEvent.class, ChunkTransactionEvent.class, ChunkScanEvent.class,
			PartitionAggregateEvent.class);

	/**
	 * Classes whose first use costs the main thread several milliseconds each, initialised here first, in the
	 * order a command meets them (a profile of a nothing-changed night): Spring's message source, which lists
	 * the JDK's available locales (35 ms); HSQLDB's results, error messages and information schema as the
	 * database opens; Hikari's stand-in for a closed connection, a proxy class made when the first connection
	 * is handed back. Named, not imported: the portal's and PostgreSQL's commands run without some of them.
	 */
	private static final List<String> SLOW_TO_INITIALISE = List.of(
			"org.springframework.context.support.MessageSourceSupport", "org.hsqldb.result.Result",
			"org.hsqldb.error.Error", "org.hsqldb.dbinfo.DatabaseInformationFull",
			"com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");

	/** The read of the rule files, once the settings say where they are; nothing where they do not. */
	private final CompletableFuture<Runnable> rules = new CompletableFuture<>();

	private final boolean launchesTheJob;

	private ReadAhead(boolean launchesTheJob) {
		this.launchesTheJob = launchesTheJob;
	}

	/** Starts the read-ahead of a command that runs in a Spring context. */
	static ReadAhead start(Command command) {
		boolean launchesTheJob = LAUNCHING_THE_JOB.contains(command);
		ReadAhead readAhead = new ReadAhead(launchesTheJob);
		Thread thread = new Thread(() -> {
			SLOW_TO_INITIALISE.forEach(ReadAhead::initialize);
			if (launchesTheJob) {
				BATCH_EVENTS.forEach(type -> initialize(type.getName()));
			}
			readAhead.rules.join().run();
		}, "read-ahead");
		thread.setDaemon(true);
		thread.start();
		return readAhead;
	}

	/**
	 * The settings are read and the log set up: the rule files (and the catalog) may be read, from where the
	 * settings bind them ({@code RenewalProperties}), so that the night's reads find them. A setting that does
	 * not bind (a placeholder that does not resolve) is the night's to report, as before: nothing is read
	 * ahead. Nor is a catalog that does not read reported here: the night reads it again and says why.
	 */
	void rules(Environment settings) {
		Runnable reading = () -> {
		};
		try {
			Binder binder = Binder.get(settings);
			Path folder = binder.bind("renewal.rules", Path.class).orElse(null);
			if (folder != null) {
				reading = RuleBook.readAhead(folder);
			}
			// Two settings bound alone: binding the whole of RenewalProperties takes 30 ms on a cold JVM.
			Path input = binder.bind("renewal.input", Path.class).orElse(null);
			Path corrections = binder.bind("renewal.catalog-corrections", Path.class).orElse(null);
			if (this.launchesTheJob && input != null && corrections != null) {
				Runnable rulesRead = reading;
				reading = () -> {
					rulesRead.run();
					try {
						// The catalog step fingerprints the meetings by their records' text: the first
						// record printed links the record's toString, 20 ms on the main thread.
						InputFingerprints.of(PublishedCatalog.read(RenewalProperties.catalogFileIn(input), corrections).meetings());
					}
					catch (RuntimeException ex) {
						// The night reads it again and says why it does not read.
					}
				};
			}
		}
		catch (RuntimeException ex) {
			// The context binds the same settings and reports them with the file and a fix.
		}
		this.rules.complete(reading);
	}

	/** The command ended: what was read ahead and not taken is dropped, and the thread let go. */
	void end() {
		this.rules.complete(() -> {
		});
		RuleBook.forgetReadAhead();
	}

	private static void initialize(String className) {
		try {
			Class.forName(className, true, ReadAhead.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// Only a head start: the main thread initialises what it uses, and says so if it cannot.
		}
	}

}
