package jp.or.jrs.renewal.cli;

import java.util.List;
import java.util.Set;

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

import jp.or.jrs.renewal.credits.RuleBook;

/**
 * Work a command's Spring context would do on its main thread, started first on a second thread: reading
 * the rule files ({@link RuleBook#readAhead}, 0.1 s of the main thread) and, for the commands that launch
 * the job, initialising Spring Batch's Flight Recorder event classes, the first of which sets up Flight
 * Recorder's metadata (40 ms of the job's launch). On two cores the JIT's compiler shares the other one,
 * so the night gains less than that: a quiet 1M night 1.76 -> 1.73 s (12 alternating pairs). Nothing here
 * decides anything: the main thread takes the rule book (or its failure) where it always did, and
 * initialises any class not yet initialised itself. (Opening the embedded database here as well gained
 * nothing measurable: it was tried and dropped.)
 */
final class ReadAhead {

	private static final Set<Command> LAUNCHING_THE_JOB = Set.of(Command.RUN, Command.RESTART, Command.RERUN_STEP);

	/** Every event class Spring Batch 6 records, in the order a night first meets them. */
	private static final List<Class<?>> BATCH_EVENTS = List.of(JobLaunchEvent.class, JobExecutionEvent.class,
			StepExecutionEvent.class, TaskletExecutionEvent.class, PartitionSplitEvent.class, ItemReadEvent.class,
			ItemProcessEvent.class, ChunkWriteEvent.class, ChunkTransactionEvent.class, ChunkScanEvent.class,
			PartitionAggregateEvent.class);

	private ReadAhead() {
	}

	/** Starts the read-ahead of a command that runs in a Spring context; {@link #end} drops what was not taken. */
	static void start(Invocation invocation) {
		Runnable rules = RuleBook.readAhead(invocation.jobs().resolve("rules"));
		boolean launchesTheJob = LAUNCHING_THE_JOB.contains(invocation.command());
		Thread thread = new Thread(() -> {
			rules.run();
			if (launchesTheJob) {
				BATCH_EVENTS.forEach(ReadAhead::initialize);
			}
		}, "read-ahead");
		thread.setDaemon(true);
		thread.start();
	}

	static void end() {
		RuleBook.forgetReadAhead();
	}

	private static void initialize(Class<?> type) {
		try {
			Class.forName(type.getName(), true, type.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			// Cannot happen: the class is loaded already (its literal above).
		}
	}

}
