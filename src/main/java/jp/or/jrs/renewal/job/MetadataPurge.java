package jp.or.jrs.renewal.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RunDate;

/**
 * {@code purge --keep=N}: deletes the job metadata of all runs but the latest N (their executions,
 * steps and contexts, the step reruns of those dates, and the per-run file summaries). The ledger, the
 * reports on disk and the member and catalog tables are kept.
 */
// Lazy: only the commands that use it build it, not every command's start.
@Lazy
@Service
public class MetadataPurge {

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public MetadataPurge(JobRepository jobRepository, JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** The run dates whose metadata was kept and purged. */
	public record Purged(Set<LocalDate> kept, Set<LocalDate> purged) {
	}

	/** Keeps the metadata of the latest {@code keep} runs, at least 1. */
	public Purged keepLatest(int keep) {
		if (keep < 1) {
			throw new RefusedException("purge keeps at least the latest run: --keep=N with N at least 1");
		}
		List<JobInstance> runs = this.jobRepository.getJobInstances(RenewalJobConfiguration.JOB_NAME, 0,
				Integer.MAX_VALUE);
		Set<LocalDate> kept = new TreeSet<>();
		Set<LocalDate> purged = new TreeSet<>();
		List<JobInstance> toDelete = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			LocalDate runDate = runDate(runs.get(i));
			(i < keep ? kept : purged).add(runDate);
			if (i >= keep) {
				toDelete.add(runs.get(i));
			}
		}
		for (JobInstance rerun : this.jobRepository.getJobInstances(RenewalJobConfiguration.JOB_NAME + ".rerun", 0,
				Integer.MAX_VALUE)) {
			if (!kept.contains(runDate(rerun))) {
				toDelete.add(rerun);
			}
		}
		this.transaction.executeWithoutResult(status -> {
			toDelete.forEach(this.jobRepository::deleteJobInstance);
			for (LocalDate runDate : purged) {
				this.jdbc.update("DELETE FROM run_file_problems WHERE run_date = ?", runDate);
				this.jdbc.update("DELETE FROM run_files WHERE run_date = ?", runDate);
			}
		});
		return new Purged(kept, purged);
	}

	private LocalDate runDate(JobInstance instance) {
		return RunDate.of(this.jobRepository.getLastJobExecution(instance));
	}

}
