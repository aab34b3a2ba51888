package jp.or.jrs.renewal.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps of the latest run, with their wall times, as the job repository recorded them (read after
 * the run's process has ended), and the roster rows its ingest step read.
 */
record StepTimes(Map<String, Duration> steps, long ingestedRows) {

	static final String PARTITION = "ingestRoster:";

	static StepTimes read(Path output) throws SQLException {
		String url = "jdbc:hsqldb:file:" + output.resolve("db/renewal") + ";ifexists=true;shutdown=true";
		Map<String, Duration> steps = new LinkedHashMap<>();
		long rows = 0;
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT STEP_NAME, START_TIME, END_TIME, READ_COUNT FROM BATCH_STEP_EXECUTION
						WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
						ORDER BY STEP_EXECUTION_ID""")) {
			while (rs.next()) {
				String step = rs.getString(1);
				if (step.startsWith(PARTITION)) {
					rows += rs.getLong(4);
				}
				else if (rs.getTimestamp(3) != null) {
					steps.put(step, Duration.between(rs.getTimestamp(2).toLocalDateTime(),
							rs.getTimestamp(3).toLocalDateTime()));
				}
			}
		}
		return new StepTimes(steps, rows);
	}

	Duration total() {
		return this.steps.values().stream().reduce(Duration.ZERO, Duration::plus);
	}

}
