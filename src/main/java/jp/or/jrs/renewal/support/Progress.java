package jp.or.jrs.renewal.support;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Progress of a long step, shared by the threads that work on it: rows per second and an estimate of
 * the time left. On a terminal one line is redrawn a few times a second; otherwise (cron, systemd, a log
 * file) a plain log line is written every ten seconds.
 */
@Component
public class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private final boolean terminal;

	private final long intervalNanos;

	private final PrintStream out;

	private final AtomicLong done = new AtomicLong();

	private volatile String step = "";

	private volatile String unit = "rows";

	private volatile long expected;

	private volatile long started;

	private volatile long lastShown;

	public Progress() {
		this(System.console() != null, System.err);
	}

	Progress(boolean terminal, PrintStream out) {
		this.terminal = terminal;
		this.out = out;
		this.intervalNanos = terminal ? 250_000_000L : 10_000_000_000L;
	}

	public synchronized void start(String step, String unit, long expected) {
		this.step = step;
		this.unit = unit;
		this.expected = expected;
		this.done.set(0);
		this.started = System.nanoTime();
		this.lastShown = this.started;
	}

	public void advance(long items) {
		long done = this.done.addAndGet(items);
		long now = System.nanoTime();
		long last = this.lastShown;
		if (now - last >= this.intervalNanos) {
			synchronized (this) {
				if (this.lastShown == last) {
					this.lastShown = now;
					show(done, now, false);
				}
			}
		}
	}

	public synchronized void finish() {
		show(this.done.get(), System.nanoTime(), true);
	}

	/** A listener that advances by the items of every chunk written. */
	public <I, O> ChunkListener<I, O> chunkListener() {
		return new ChunkListener<>() {
			@Override
			public void afterChunk(Chunk<O> chunk) {
				advance(chunk.size());
			}
		};
	}

	/**
	 * A listener that shows the progress of a whole step: started with the number of items the step
	 * expects, finished when the step ends.
	 */
	public StepExecutionListener stepListener(String step, String unit, ToLongFunction<StepExecution> expected) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				start(step, unit, expected.applyAsLong(stepExecution));
			}

			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				finish();
				return stepExecution.getExitStatus();
			}
		};
	}

	String line(long done, long now) {
		double seconds = Math.max(1e-3, (now - this.started) / 1e9);
		double rate = done / seconds;
		StringBuilder line = new StringBuilder(String.format("%s: %,d", this.step, done));
		if (this.expected > 0) {
			line.append(String.format(" of about %,d %s (%d%%)", this.expected, this.unit,
					Math.min(100, done * 100 / this.expected)));
		}
		else {
			line.append(' ').append(this.unit);
		}
		line.append(String.format(", %,.0f %s/s", rate, this.unit));
		if (this.expected > done && rate > 0) {
			line.append(String.format(", about %.0f s left", (this.expected - done) / rate));
		}
		return line.toString();
	}

	private void show(long done, long now, boolean last) {
		if (this.terminal) {
			this.out.print("\r" + line(done, now) + (last ? "\n" : "   "));
			this.out.flush();
		}
		else if (!last) {
			log.info(line(done, now));
		}
	}

}
