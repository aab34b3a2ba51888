package jp.or.jrs.renewal.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import jp.or.jrs.renewal.support.RunDate;

/**
 * The runs the job repository remembers, newest first: each attempt with its state and times, and its
 * steps with their counts. The roster files of the ingest step are summed into it (those that did not
 * complete are kept apart).
 * <p>
 * Read with three queries over Spring Batch's tables ({@code BATCH_JOB_INSTANCE}, {@code BATCH_JOB_EXECUTION}
 * and its parameters, {@code BATCH_STEP_EXECUTION}, as the migrations create them for both databases)
 * rather than through its {@code JobRepository}, which loads every step execution with its context one by
 * one: a first night of 294 roster files made {@code status} run 363 queries. A Spring Batch upgrade that
 * changes those tables changes this class too (the functional tests run {@code status} on both).
 */
@Service
public class RunHistory {

	private static final String PARTITION_PREFIX = "ingestRoster:";

	private final JdbcTemplate jdbc;

	public RunHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A night and its attempts, oldest attempt first. */
	public record Run(LocalDate runDate, BatchStatus status, List<Attempt> attempts) {
	}

	/** One execution of a night; {@code failure} is its exit description when it did not complete. */
	public record Attempt(long id, BatchStatus status, LocalDateTime started, LocalDateTime ended, String failure,
			List<StepRun> steps, List<StepRun> unfinishedFiles) {
	}

	/**
	 * A step of an attempt; for {@code ingest}, read and written over all its roster files, and
	 * {@code files} their number.
	 */
	public record StepRun(String name, BatchStatus status, LocalDateTime started, LocalDateTime ended, long read,
			long written, long filtered, int files) {
	}

	/** A job execution's row, with its run date parameter ({@code null} if it has none). */
	private record ExecutionRow(BatchStatus status, LocalDateTime started, LocalDateTime ended, String exitMessage,
			String runDate) {
	}

	/** A step execution's row. */
	private record StepRow(long execution, String name, BatchStatus status, LocalDateTime started,
			LocalDateTime ended, long read, long written, long filtered) {
	}

	public List<Run> latest(int limit) {
		List<Long> instances = this.jdbc.queryForList("""
				SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?
				ORDER BY JOB_INSTANCE_ID DESC FETCH FIRST ? ROWS ONLY""", Long.class, RenewalJobConfiguration.JOB_NAME,
				limit);
		if (instances.isEmpty()) {
			return List.of();
		}
		String in = String.join(",", Collections.nCopies(instances.size(), "?"));
		Map<Long, List<Long>> executionsOf = new LinkedHashMap<>();
		instances.forEach(instance -> executionsOf.put(instance, new ArrayList<>()));
		Map<Long, ExecutionRow> executions = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
				       p.PARAMETER_VALUE
				FROM BATCH_JOB_EXECUTION e LEFT JOIN BATCH_JOB_EXECUTION_PARAMS p
				  ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?
				WHERE e.JOB_INSTANCE_ID IN (""" + in + ") ORDER BY e.JOB_EXECUTION_ID", (ResultSet rs) -> {
			long id = rs.getLong(1);
			executionsOf.get(rs.getLong(2)).add(id);
			executions.put(id, new ExecutionRow(BatchStatus.valueOf(rs.getString(3)), time(rs.getTimestamp(4)),
					time(rs.getTimestamp(5)), rs.getString(6), rs.getString(7)));
		}, parameters(RunDate.PARAMETER, instances));
		Map<Long, List<StepRow>> steps = new LinkedHashMap<>();
		if (!executions.isEmpty()) {
			this.jdbc.query("""
					SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT, FILTER_COUNT
					FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN ("""
					+ String.join(",", Collections.nCopies(executions.size(), "?")) + ") ORDER BY STEP_EXECUTION_ID",
					(ResultSet rs) -> {
						StepRow row = stepRow(rs);
						steps.computeIfAbsent(row.execution(), e -> new ArrayList<>()).add(row);
					}, executions.keySet().toArray());
		}
		List<Run> runs = new ArrayList<>();
		executionsOf.forEach((instance, ids) -> {
			if (ids.isEmpty()) {
				return;
			}
			List<Attempt> attempts = new ArrayList<>();
			for (long id : ids) {
				ExecutionRow e = executions.get(id);
				attempts.add(attempt(id, e.status(), e.started(), e.ended(), e.exitMessage(),
						steps.getOrDefault(id, List.of())));
			}
			ExecutionRow last = executions.get(ids.get(ids.size() - 1));
			if (last.runDate() == null) {
				throw new IllegalStateException("job execution " + ids.get(ids.size() - 1) + " has no " + RunDate.PARAMETER);
			}
			runs.add(new Run(LocalDate.parse(last.runDate()), last.status(), attempts));
		});
		return runs;
	}

	private static Object[] parameters(String first, List<Long> rest) {
		List<Object> parameters = new ArrayList<>(rest.size() + 1);
		parameters.add(first);
		parameters.addAll(rest);
		return parameters.toArray();
	}

	private static StepRow stepRow(ResultSet rs) throws SQLException {
		return new StepRow(rs.getLong(1), rs.getString(2), BatchStatus.valueOf(rs.getString(3)), time(rs.getTimestamp(4)),
				time(rs.getTimestamp(5)), rs.getLong(6), rs.getLong(7), rs.getLong(8));
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

	private static Attempt attempt(long id, BatchStatus status, LocalDateTime started, LocalDateTime ended,
			String description, List<StepRow> steps) {
		List<StepRow> files = steps.stream().filter(s -> s.name().startsWith(PARTITION_PREFIX)).toList();
		List<StepRun> stepRuns = new ArrayList<>();
		for (StepRow step : steps) {
			if (step.name().startsWith(PARTITION_PREFIX)) {
				continue;
			}
			boolean ingest = step.name().equals("ingest");
			stepRuns.add(new StepRun(step.name(), step.status(), step.started(), step.ended(),
					ingest ? files.stream().mapToLong(StepRow::read).sum() : step.read(),
					ingest ? files.stream().mapToLong(StepRow::written).sum() : step.written(), step.filtered(),
					ingest ? files.size() : 0));
		}
		List<StepRun> unfinished = files.stream()
			.filter(file -> file.status() != BatchStatus.COMPLETED)
			.map(file -> new StepRun(file.name().substring(PARTITION_PREFIX.length()), file.status(), file.started(),
					file.ended(), file.read(), file.written(), file.filtered(), 1))
			.toList();
		return new Attempt(id, status, started, ended, (description == null || description.isBlank()) ? null : description,
				stepRuns, unfinished);
	}

}
