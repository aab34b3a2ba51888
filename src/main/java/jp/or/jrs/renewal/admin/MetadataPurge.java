package jp.or.jrs.renewal.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.job.Command;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.RenewalJobConfiguration;
import jp.or.jrs.renewal.job.UsageException;

/**
 * {@code purge --keep=N}: deletes the job metadata of all runs but the latest N (their executions,
 * steps and contexts, the step reruns of those dates, and the per-run file summaries). The ledger, the
 * reports on disk and the member and catalog tables are kept.
 */
@Component
public class MetadataPurge implements Command {

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public MetadataPurge(JobRepository jobRepository, JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public List<String> names() {
		return List.of("purge");
	}

	@Override
	public int run(String name, List<String> operands, ApplicationArguments args) {
		int keep;
		try {
			keep = Integer.parseInt(args.getOptionValues("keep").get(0));
		}
		catch (NullPointerException | NumberFormatException ex) {
			throw new UsageException("purge needs how many runs to keep: purge --keep=N (N at least 1)");
		}
		if (keep < 1 || !operands.isEmpty()) {
			throw new UsageException("purge needs how many runs to keep: purge --keep=N (N at least 1)");
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
		System.out.println("Purged the metadata of " + purged.size() + " runs" + (purged.isEmpty() ? "" : " " + purged)
				+ "; kept " + kept.size() + (kept.isEmpty() ? "" : " " + kept) + ". The ledger is untouched.");
		return ExitCodes.COMPLETED;
	}

	private LocalDate runDate(JobInstance instance) {
		JobExecution last = this.jobRepository.getLastJobExecution(instance);
		return last.getJobParameters().getLocalDate(RenewalJobConfiguration.RUN_DATE);
	}

}
