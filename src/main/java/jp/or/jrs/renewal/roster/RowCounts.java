package jp.or.jrs.renewal.roster;

import java.util.List;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import jp.or.jrs.renewal.support.Progress;

/**
 * Keeps a roster file's step counting rows, as the run history and {@code status} show them, and moves the
 * night's progress on by them. The file is read a chunk's rows at a time ({@link RosterFileReader}), so Spring
 * Batch counts one item read and one written per read; this adds the other rows to the step's counts, read
 * once the chunk is read (as Spring Batch counts a chunk's reads even when it then fails) and written once it
 * is written. Spring Batch adds its own count of the chunk's items after this, and saves the counts with the
 * chunk.
 */
final class RowCounts implements ChunkListener<List<RosterRecord>, List<ValidatedRow>> {

	private final StepExecution file;

	private final Progress progress;

	RowCounts(StepExecution file, Progress progress) {
		this.file = file;
		this.progress = progress;
	}

	@Override
	public void beforeChunk(Chunk<List<RosterRecord>> chunk) {
		this.file.setReadCount(this.file.getReadCount() + rows(chunk) - chunk.size());
	}

	@Override
	public void afterChunk(Chunk<List<ValidatedRow>> chunk) {
		long rows = rows(chunk);
		this.file.setWriteCount(this.file.getWriteCount() + rows - chunk.size());
		this.progress.advance(rows);
	}

	private static long rows(Chunk<? extends List<?>> chunk) {
		long rows = 0;
		for (List<?> item : chunk) {
			rows += item.size();
		}
		return rows;
	}

}
