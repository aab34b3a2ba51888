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
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.Withdrawals;
import jp.or.jrs.renewal.support.RenewalProperties;

/** The night's last step, {@code reports}: what the office and the organizers read. */
@Configuration(proxyBeanMethods = false)
public class ReportsStepConfiguration {

	@Bean
	public RunReportsTasklet reportsTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger,
			EligibilityHistory history, Withdrawals withdrawals, Verdicts verdicts, MemberStore members,
			RunFigures figures, Pages pages) {
		return new RunReportsTasklet(properties, files, ledger, history, withdrawals, verdicts, members, figures,
				pages);
	}

	@Bean
	public Step reportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunReportsTasklet reportsTasklet) {
		return new StepBuilder("reports", jobRepository).tasklet(reportsTasklet, transactionManager).build();
	}

}
