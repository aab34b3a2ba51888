package jp.or.jrs.renewal;

import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.util.ClassUtils;

import jp.or.jrs.renewal.cli.CommandLine;
import jp.or.jrs.renewal.support.RenewalProperties;

/**
 * The renewal-credits batch of 日本医学放射線学会: one executable jar, run every night as
 * {@code java -jar renewal-credits.jar run.date=2026-11-24 --input=DIR --output=DIR}. Its ways in are the
 * command line ({@code cli}); the night is the job ({@code job}), one stage per feature package.
 */
@SpringBootApplication(exclude = {
		// Nothing here is @Transactional: code opens its transactions with a TransactionTemplate
		// (support.Transactions) and Spring Batch proxies its own. This configuration would have every bean
		// examined, method by method, for the annotation at every command's start.
		TransactionAutoConfiguration.class,
		// The schema is the migrations' (support.SchemaMigrations), never a schema.sql.
		DataSourceInitializationAutoConfiguration.class })
@EnableConfigurationProperties(RenewalProperties.class)
public class RenewalCreditsApplication {

	public static void main(String[] args) {
		logThroughSlf4j();
		useBuildTimeContext(args);
		System.exit(CommandLine.run(RenewalCreditsApplication.class, args));
	}

	/**
	 * Spring logs through Commons Logging, which looks for Log4j's API before SLF4J: Boot's logging starter
	 * ships Log4j's API (bridged to SLF4J) too, and initialising it to find the bridge cost every command's
	 * start 15 ms. The log goes to SLF4J (Logback) either way; naming the factory skips the search. A
	 * factory set on the command line (-Dorg.apache.commons.logging.LogFactory) is kept.
	 */
	static void logThroughSlf4j() {
		if (System.getProperty(LogFactory.FACTORY_PROPERTY) == null) {
			System.setProperty(LogFactory.FACTORY_PROPERTY, "org.apache.commons.logging.impl.Slf4jLogFactory");
		}
	}

	/**
	 * The build prepares the application context ahead of time (Spring AOT): starting from that takes half a
	 * second less of every night. A build without it (an IDE) starts the usual way. The portal (serve) is a
	 * web application: its context is not the one prepared at build time.
	 */
	static void useBuildTimeContext(String... args) {
		boolean serve = args.length > 0 && args[0].equals("serve");
		if (!serve && System.getProperty("spring.aot.enabled") == null
				&& System.getProperty("spring.aot.processing") == null && ClassUtils.isPresent(
				RenewalCreditsApplication.class.getName() + "__ApplicationContextInitializer", null)) {
			System.setProperty("spring.aot.enabled", "true");
		}
	}

}
