package jp.or.jrs.renewal.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.RunHistory;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * {@code status}: the latest runs, newest first, each attempt and its steps with counts and durations. On the
 * embedded database it runs without a Spring context ({@link EmbeddedStatus}); there, a database that does
 * not exist yet has no history ({@code null}), and an attempt still marked as running while this command
 * holds the database was killed: it says so, and how to resume it.
 */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class StatusCommand implements CommandHandler {

	private final RunHistory history;

	/** No other process can be running a night on this database: it is in the output folder this one holds. */
	private final boolean holdsTheDatabase;

	@Autowired
	StatusCommand(RunHistory history) {
		this(history, false);
	}

	StatusCommand(RunHistory history, boolean holdsTheDatabase) {
		this.history = history;
		this.holdsTheDatabase = holdsTheDatabase;
	}

	@Override
	public int run(Invocation invocation) {
		invocation.noOperands();
		int limit = invocation.option("limit", Integer.class).orElse(10);
		if (limit < 1) {
			throw new RefusedException("--limit is how many runs to show, at least 1; " + Command.help(Command.STATUS));
		}
		List<RunHistory.Run> runs = (this.history != null) ? this.history.latest(limit) : List.of();
		if (runs.isEmpty()) {
			System.out.println("No run yet.");
			return ExitCodes.COMPLETED;
		}
		StringBuilder out = new StringBuilder();
		for (RunHistory.Run run : runs) {
			out.append(String.format("run.date %s  %s%s%n", run.runDate(), run.status(),
					(run.attempts().size() > 1) ? "  (" + run.attempts().size() + " attempts)" : ""));
			for (RunHistory.Attempt attempt : run.attempts()) {
				boolean killed = this.holdsTheDatabase && attempt.ended() == null && attempt.status().isRunning();
				out.append(String.format("  attempt %d: %-9s started %s, %s%s%n", attempt.id(), attempt.status(),
						time(attempt.started()), killed ? "never ended: its process was stopped (killed?); "
								+ "`restart " + run.runDate() + "` resumes it" : duration(attempt.started(), attempt.ended()),
						(attempt.failure() == null) ? "" : "\n    " + firstLine(attempt.failure())));
				for (RunHistory.StepRun step : attempt.steps()) {
					out.append(String.format("    %-8s %-9s %10s  read %,d  written %,d%s%s%n", step.name(),
							step.status(), (killed && step.ended() == null) ? "never ended"
									: duration(step.started(), step.ended()), step.read(), step.written(),
							(step.filtered() > 0) ? "  rejected " + String.format("%,d", step.filtered()) : "",
							step.name().equals("ingest") ? ", " + step.files() + " roster files" : ""));
				}
				for (RunHistory.StepRun file : attempt.unfinishedFiles()) {
					out.append(String.format("      %s %s after %,d rows%n", file.name(), file.status(), file.read()));
				}
			}
		}
		System.out.print(out);
		return ExitCodes.COMPLETED;
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ') : "-";
	}

	private static String duration(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "not started";
		}
		Duration duration = Duration.between(start, (end != null) ? end : LocalDateTime.now());
		String text = (duration.toMillis() < 60_000) ? String.format("%.1f s", duration.toMillis() / 1000.0)
				: String.format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
		return (end != null) ? text : "running for " + text;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
