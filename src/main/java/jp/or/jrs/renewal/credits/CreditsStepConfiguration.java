package jp.or.jrs.renewal.credits;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.support.Progress;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;

/**
 * The verdict steps of the night. The {@code verdicts} decision carries the last verdicts over when
 * nothing they depend on changed ({@code carryOver}); otherwise {@code credits} judges every certification
 * by the rule files, member by member, and {@code publish} puts the judged files in place.
 */
@Configuration(proxyBeanMethods = false)
public class CreditsStepConfiguration {

	/** Members judged per chunk of the credits step. */
	private static final int MEMBERS_PER_CHUNK = 500;

	@Bean
	public RuleBook ruleBook(RenewalProperties properties) {
		return RuleBook.read(properties.rules());
	}

	@Bean
	public VerdictCarryOver verdictCarryOver(Verdicts verdicts, RenewalProperties properties,
			EligibilityHistory history) {
		return new VerdictCarryOver(verdicts, properties, history);
	}

	@Bean
	public Step carryOverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			VerdictCarryOver verdictCarryOver) {
		return new StepBuilder("carryOver", jobRepository).tasklet(verdictCarryOver, transactionManager).build();
	}

	@Bean
	@StepScope
	public MemberCreditsReader memberCreditsReader(MemberStore members, CreditLedger ledger) {
		return new MemberCreditsReader(members, ledger, MemberCreditsReader.creditsPerPassForHeap());
	}

	@Bean
	@StepScope
	public RenewalAssessor renewalAssessor(RuleBook ruleBook, CatalogStore catalog) {
		return new RenewalAssessor(new RulesEngine(ruleBook, catalog.allMeetingsById()));
	}

	/** eligibility.csv, requirements.csv, shortfall.csv and the history rows, in the chunk's transaction. */
	@Bean
	@StepScope
	public CompositeItemWriter<MemberAssessments> eligibilityWriters(RenewalProperties properties,
			EligibilityHistory history, MemberStore members, @Value("#{stepExecution}") StepExecution stepExecution) {
		Path runFolder = properties.runFolder(RunDate.of(stepExecution));
		return new CompositeItemWriter<>(List.of(EligibilityFiles.eligibilityWriter(runFolder),
				EligibilityFiles.requirementsWriter(runFolder),
				EligibilityFiles.shortfallWriter(runFolder, members.namesById()),
				history.writer(RunDate.of(stepExecution))));
	}

	@Bean
	public Step creditsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MemberCreditsReader memberCreditsReader, RenewalAssessor renewalAssessor,
			CompositeItemWriter<MemberAssessments> eligibilityWriters, EligibilityHistory history,
			MemberStore members, Verdicts verdicts, Progress progress) {
		return new StepBuilder("credits", jobRepository).<MemberCredits, MemberAssessments>chunk(MEMBERS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(memberCreditsReader)
			.processor(renewalAssessor)
			.writer(eligibilityWriters)
			.listener(progress.<MemberCredits, MemberAssessments>chunkListener())
			.listener(progress.stepListener("credits", "members", step -> members.certifiedMemberCount()))
			.listener(new JudgingStart(verdicts, history))
			.build();
	}

	@Bean
	public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Verdicts verdicts) {
		return new StepBuilder("publish", jobRepository).tasklet((contribution, chunkContext) -> {
			verdicts.publish(RunDate.of(contribution.getStepExecution()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
