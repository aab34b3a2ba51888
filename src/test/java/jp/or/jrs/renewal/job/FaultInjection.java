package jp.or.jrs.renewal.job;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes ingestion fail in the middle: the ledger fails to add the {@link #FAIL_ON_CHUNK}th chunk of
 * credits, counted across all files. Added as an extra configuration source by tests only.
 */
public class FaultInjection extends LedgerChunkHook {

	static final int FAIL_ON_CHUNK = 4;

	static final AtomicInteger chunks = new AtomicInteger();

	@Override
	void beforeChunk() {
		if (chunks.incrementAndGet() == FAIL_ON_CHUNK) {
			throw new IllegalStateException("injected fault in chunk " + FAIL_ON_CHUNK);
		}
	}

}
