package jp.or.jrs.renewal.roster;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import jp.or.jrs.renewal.support.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/** A roster file's step counts rows, though Spring Batch counts one item a read. */
class RowCountsTests {

	@Test
	void addsTheRowsSpringBatchDoesNotCount() {
		StepExecution file = new StepExecution(1, "ingestRoster:0001 congress.csv",
				new JobExecution(1, new JobInstance(1, "renewalCreditsJob"), new JobParameters()));
		RowCounts counts = new RowCounts(file, new Progress());

		counts.beforeChunk(new Chunk<>(List.of(Collections.nCopies(3, (RosterRecord) null))));
		counts.afterChunk(new Chunk<>(List.of(Collections.nCopies(3, (ValidatedRow) null))));
		// What Spring Batch adds after the listener: one item read and written.
		file.setReadCount(file.getReadCount() + 1);
		file.setWriteCount(file.getWriteCount() + 1);

		assertThat(file.getReadCount()).isEqualTo(3);
		assertThat(file.getWriteCount()).isEqualTo(3);
	}

}
