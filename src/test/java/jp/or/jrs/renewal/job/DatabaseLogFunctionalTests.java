package jp.or.jrs.renewal.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;

import jp.or.jrs.renewal.cli.ExitCodes;
import jp.or.jrs.renewal.roster.RosterFileStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database never checkpoints by itself (a checkpoint while roster partitions run can hang
 * them: {@code support.DatabaseCheckpoints}); the night checkpoints once the ingestion has ended, so the
 * ledger's rows are in the data file and not only in the log when the next step starts.
 */
class DatabaseLogFunctionalTests {

	@TempDir
	Path root;

	/** The size of the database's log when the files are marked ingested, the step after the ingestion. */
	static final AtomicLong logAfterIngestion = new AtomicLong(-1);

	@Test
	void theLedgerIsCheckpointedOnceTheIngestionEnds() throws Exception {
		Night night = Night.withShippedSample(this.root);
		Path log = night.output.resolve("db/renewal.log");
		LogSizeWhenIngested.log = log;

		assertThat(night.run(new Class<?>[] { LogSizeWhenIngested.class }, "2026-11-24"))
			.isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(night.ledger()).hasSizeGreaterThan(100);
		assertThat(logAfterIngestion.get()).as("the log when the next step starts").isBetween(0L, 4096L);
	}

	/** Records the log's size when the {@code ingested} step marks the files. */
	static class LogSizeWhenIngested implements BeanPostProcessor {

		static Path log;

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof RosterFileStore)) {
				return bean;
			}
			return LedgerChunkHook.intercepted(bean, invocation -> {
				if (invocation.getMethod().getName().equals("markIngested")) {
					logAfterIngestion.set(Files.exists(log) ? Files.size(log) : 0);
				}
				return invocation.proceed();
			});
		}

	}

}
