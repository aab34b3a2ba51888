package jp.or.jrs.renewal.member;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import jp.or.jrs.renewal.support.Build;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.RenewalProperties;

/** The night's second step, {@code members}: the member list and certifications, with their rejects. */
@Configuration(proxyBeanMethods = false)
public class MemberStepConfiguration {

	@Bean
	public LoadMembersTasklet membersTasklet(RenewalProperties properties, MemberStore store,
			InputFingerprints fingerprints, RuleCoverage rules, MemberLoads loads, Build build) {
		return new LoadMembersTasklet(properties, store, fingerprints, rules, loads, build);
	}

	@Bean
	public Step membersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LoadMembersTasklet membersTasklet) {
		return new StepBuilder("members", jobRepository).tasklet(membersTasklet, transactionManager).build();
	}

}
