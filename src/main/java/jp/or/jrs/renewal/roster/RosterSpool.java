package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;

/**
 * The copies of the roster files a night reads ({@code output/spool/<run.date>/}): kept while the night
 * is unfinished, so that a resumed night reads exactly the bytes it began with, and removed when it
 * completes.
 */
public class RosterSpool implements JobExecutionListener {

	private final RenewalProperties properties;

	public RosterSpool(RenewalProperties properties) {
		this.properties = properties;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		Path spool = this.properties.spoolFolder(RunDate.of(jobExecution));
		if (Files.isDirectory(spool)) {
			try (Stream<Path> paths = Files.walk(spool)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot remove the spool folder " + spool, ex);
			}
		}
		try {
			Files.deleteIfExists(spool.getParent());
		}
		catch (IOException ex) {
			// another run's spool is still there
		}
	}

}
