package jp.or.jrs.renewal.catalog;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.RenewalProperties;

/** The night's first step, {@code catalog}: the published table of accredited meetings, stored. */
@Configuration(proxyBeanMethods = false)
public class CatalogStepConfiguration {

	@Bean
	public LoadCatalogTasklet catalogTasklet(RenewalProperties properties, CatalogStore store,
			InputFingerprints fingerprints) {
		return new LoadCatalogTasklet(properties, store, fingerprints);
	}

	@Bean
	public Step catalogStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LoadCatalogTasklet catalogTasklet) {
		return new StepBuilder("catalog", jobRepository).tasklet(catalogTasklet, transactionManager).build();
	}

}
