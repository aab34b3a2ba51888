package jp.or.jrs.renewal.report;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import jp.or.jrs.renewal.credits.EligibilityHistory;
import jp.or.jrs.renewal.credits.Verdicts;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.Withdrawals;
import jp.or.jrs.renewal.support.RenewalProperties;

/**
 * The report steps: {@code rosterReports}, the organizers' reports, written once the roster files are
 * in, and the night's last step, {@code reports}: what the office reads.
 */
@Configuration(proxyBeanMethods = false)
public class ReportsStepConfiguration {

	@Bean
	public RunReportsTasklet reportsTasklet(RenewalProperties properties, RosterFileStore files,
			EligibilityHistory history, Withdrawals withdrawals, Verdicts verdicts, RunFigures figures) {
		return new RunReportsTasklet(properties, files, history, withdrawals, verdicts, figures);
	}

	@Bean
	public RosterReportsTasklet rosterReportsTasklet(RenewalProperties properties, RosterFileStore files,
			CreditLedger ledger) {
		return new RosterReportsTasklet(properties, files, ledger);
	}

	/** The organizers' reject reports and pages, as soon as the roster files are in. */
	@Bean
	public Step rosterReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterReportsTasklet rosterReportsTasklet) {
		return new StepBuilder("rosterReports", jobRepository).tasklet(rosterReportsTasklet, transactionManager)
			.build();
	}

	@Bean
	public Step reportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunReportsTasklet reportsTasklet) {
		return new StepBuilder("reports", jobRepository).tasklet(reportsTasklet, transactionManager).build();
	}

}
