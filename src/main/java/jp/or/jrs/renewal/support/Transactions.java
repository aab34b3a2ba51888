package jp.or.jrs.renewal.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How code outside the job's steps opens a transaction: a {@link TransactionTemplate} on the job
 * repository's transaction manager. Spring Boot's transaction auto-configuration is off
 * (RenewalCreditsApplication): its part that matters, {@code @EnableTransactionManagement}, would have every
 * bean of every command examined, method by method, for a {@code @Transactional} that nothing here uses
 * (a tenth of a second of each command's start on a cold JVM, bench/RESULTS.md); this template is the
 * other part it gave.
 */
@Configuration(proxyBeanMethods = false)
public class Transactions {

	@Bean
	public TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

}
