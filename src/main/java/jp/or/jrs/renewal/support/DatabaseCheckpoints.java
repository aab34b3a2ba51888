package jp.or.jrs.renewal.support;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Where the embedded database writes its log into its data file (HSQLDB's {@code CHECKPOINT}): after an
 * ingestion that read rows, when a command ends (the database shuts down with its last connection), and
 * after each of the portal's nights; never while roster partitions run.
 * <p>
 * Why not let HSQLDB do it when its log passes 50 MB, as it does by default: the checkpoint starts from
 * whichever commit crossed that size, waits for every open transaction to end, and holds every other
 * statement meanwhile. During the ingestion two partitions commit side by side, and Spring Batch updates
 * each partition's record under one lock per repository DAO. One partition, holding that lock, waits for
 * the checkpoint; the checkpoint waits for the other partition's open chunk; that chunk, about to record
 * its progress, waits for the lock. A first 1M night hung so, for ever ({@code jstack} in
 * {@code bench/RESULTS.md}). Migration V10 turns the automatic checkpoint off; this puts it back where
 * the night runs one transaction at a time. The end of every command checkpoints too: the database
 * shuts down with its last connection. The portal's process does not end, so it checkpoints when each of
 * its nights ends ({@link #checkpoint}).
 * <p>
 * PostgreSQL has no such thing: on it this does nothing.
 */
@Component
public class DatabaseCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCheckpoints.class);

	private final DataSource dataSource;

	private volatile Boolean embedded;

	public DatabaseCheckpoints(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Checkpoints after a step that read something: for the partitioned ingestion, once every partition
	 * has ended. A step that read nothing (no new roster tonight) wrote nothing worth a checkpoint's
	 * synchronised writes.
	 */
	public StepExecutionListener afterStep() {
		return new StepExecutionListener() {
			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				if (stepExecution.getReadCount() > 0 || stepExecution.getWriteCount() > 0) {
					checkpoint(stepExecution.getStepName());
				}
				return stepExecution.getExitStatus();
			}
		};
	}

	/** Writes the embedded database's log into its data file; {@code after} names what just ended, for the log. */
	public void checkpoint(String after) {
		try {
			if (embedded()) {
				new JdbcTemplate(this.dataSource).execute("CHECKPOINT");
			}
		}
		catch (DataAccessException | MetaDataAccessException ex) {
			// The night's rows are committed and in the log, which the next open applies: a checkpoint
			// that fails costs only that, and must not turn a night that ended well into a failed one.
			log.warn("The database did not checkpoint after {} ({}); its log will be applied when it next opens",
					after, ex.getMessage());
		}
	}

	private boolean embedded() throws MetaDataAccessException {
		Boolean known = this.embedded;
		if (known == null) {
			known = JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName)
				.startsWith("HSQL");
			this.embedded = known;
		}
		return known;
	}

}
