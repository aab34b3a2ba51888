package jp.or.jrs.renewal.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Threads a step hands work to that touches no table (reading and hashing files, writing report files),
 * while the step's own thread keeps the database work in the step's transaction. The step stops them
 * before it ends, whether it completes or fails.
 */
public final class WorkerThreads {

	private static final Logger log = LoggerFactory.getLogger(WorkerThreads.class);

	private WorkerThreads() {
	}

	public static ExecutorService start(String name, int threads) {
		return Executors.newFixedThreadPool(threads, new CustomizableThreadFactory(name + "-"));
	}

	/** A task's result; its failure thrown as the task threw it. */
	public static <T> T result(Future<T> task) throws Exception {
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/**
	 * Stops the threads and waits for them: after a failure, none may still be writing a file once the
	 * step has rolled back. It never throws, so that a step's own failure is the one reported.
	 */
	public static void stop(ExecutorService workers) {
		workers.shutdownNow();
		try {
			if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
				log.warn("Worker threads still running a minute after they were stopped: {}", workers);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
