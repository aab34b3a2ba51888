package jp.or.jrs.renewal.job;

import jp.or.jrs.renewal.cli.CommandLine;
import jp.or.jrs.renewal.RenewalCreditsApplication;

/**
 * The real application, with each roster chunk written 20 ms slower, so that a test can kill the JVM in
 * the middle of ingestion whatever the machine's speed. Tests start it as a child JVM.
 */
public class SlowIngestion extends LedgerChunkHook {

	public static void main(String[] args) {
		System.exit(CommandLine.run(new Class<?>[] { RenewalCreditsApplication.class, SlowIngestion.class }, args));
	}

	@Override
	void beforeChunk() throws InterruptedException {
		Thread.sleep(20);
	}

}
