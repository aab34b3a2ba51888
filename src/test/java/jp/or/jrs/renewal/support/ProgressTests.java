package jp.or.jrs.renewal.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

	@Test
	void showsRowsRateAndTimeLeft() {
		Progress progress = new Progress(false, System.err);
		progress.start("ingest", "rows", 1_000_000);
		String line = progress.line(250_000, System.nanoTime());
		assertThat(line).startsWith("ingest: 250,000 of about 1,000,000 rows (25%), ").contains(" rows/s, about ")
			.endsWith(" s left");
	}

	@Test
	void redrawsOneLineOnATerminalAndEndsIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Progress progress = new Progress(true, new PrintStream(out, true, StandardCharsets.UTF_8));
		progress.start("credits", "members", 10);
		progress.advance(10);
		progress.finish();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\rcredits: 10 of about 10 members (100%)")
			.endsWith("\n");
	}

}
