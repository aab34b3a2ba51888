package jp.or.jrs.renewal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import jp.or.jrs.renewal.job.RunHistory;

/**
 * The steps of the latest run, with their wall times, as the job repository recorded them (read after
 * the run's process has ended, with the same {@link RunHistory} that {@code status} prints), and the
 * roster rows its ingest step read.
 */
record StepTimes(Map<String, Duration> steps, long ingestedRows) {

	static StepTimes read(Path output) {
		String url = "jdbc:hsqldb:file:" + output.resolve("db/renewal") + ";ifexists=true;shutdown=true";
		SingleConnectionDataSource database = new SingleConnectionDataSource(url, "SA", "", true);
		try {
			List<RunHistory.Attempt> attempts = new RunHistory(new JdbcTemplate(database)).latest(1).get(0).attempts();
			Map<String, Duration> steps = new LinkedHashMap<>();
			long rows = 0;
			for (RunHistory.StepRun step : attempts.get(attempts.size() - 1).steps()) {
				if (step.ended() != null) {
					steps.put(step.name(), Duration.between(step.started(), step.ended()));
				}
				if (step.name().equals("ingest")) {
					rows = step.read();
				}
			}
			return new StepTimes(steps, rows);
		}
		finally {
			database.destroy();
		}
	}

	Duration total() {
		return this.steps.values().stream().reduce(Duration.ZERO, Duration::plus);
	}

}
