package jp.or.jrs.renewal.job;

import java.io.ObjectInputFilter;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.or.jrs.renewal.credits.VerdictCarryOver;
import jp.or.jrs.renewal.roster.RosterSpool;
import jp.or.jrs.renewal.support.RunDate;

/**
 * The nightly renewal-credits job: its steps in order. Each stage configures its own steps beside it:
 * <ol>
 * <li>{@code catalog}: the published table of accredited meetings ({@code catalog});</li>
 * <li>{@code members}: the member list and certifications ({@code member});</li>
 * <li>{@code intake}, {@code ingest}, {@code ingested}: which roster files are new, unchanged, replaced or
 * unreadable; every row of the new ones validated into the ledger, one partition per file; the files
 * marked complete ({@code roster});</li>
 * <li>{@code rosterReports}: the organizers' reject reports and pages, which depend on the roster files
 * alone ({@code report});</li>
 * <li>the {@code verdicts} decision, then {@code carryOver}, or {@code credits} and {@code publish}: the
 * last verdicts carried over when nothing they depend on changed, every certification judged by the rule
 * files otherwise: eligibility.csv, requirements.csv and shortfall.csv ({@code credits});</li>
 * <li>{@code reports}: summary.csv, the run summary and the dashboards ({@code report}).</li>
 * </ol>
 * Every step commits its rows with its own metadata in the job repository's database, so the same
 * command resumes a failed night exactly where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class RenewalJobConfiguration {

	public static final String JOB_NAME = "renewalCreditsJob";

	@Bean
	public Job renewalCreditsJob(JobRepository jobRepository, Step catalogStep, Step membersStep, Step intakeStep,
			Step ingestStep, Step ingestedStep, VerdictCarryOver verdictCarryOver, Step carryOverStep, Step creditsStep,
			Step publishStep, Step rosterReportsStep, Step reportsStep, RosterSpool rosterSpool) {
		Flow verdicts = new FlowBuilder<SimpleFlow>("verdicts").start(verdictCarryOver)
			.on(VerdictCarryOver.CARRY_OVER.getName())
			.to(carryOverStep)
			.from(verdictCarryOver)
			.on("*")
			.to(creditsStep)
			.next(publishStep)
			.build();
		Flow night = new FlowBuilder<SimpleFlow>("night").start(catalogStep)
			.next(membersStep)
			.next(intakeStep)
			.next(ingestStep)
			.next(ingestedStep)
			.next(rosterReportsStep)
			.next(verdicts)
			.next(reportsStep)
			.build();
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { RunDate.PARAMETER },
					new String[] { "input", "output" }))
			.listener(rosterSpool)
			.start(night)
			.end()
			.build();
	}

	/**
	 * The execution context is kept by Java serialization, which Spring Batch reads back only for JDK and
	 * Spring Batch types: the steps' own records ({@code support.ContextKey}) are allowed too, so that a
	 * resumed night still has what its earlier steps left.
	 */
	@Bean
	public ExecutionContextSerializer executionContextSerializer() {
		DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
		serializer.setObjectInputFilter(ObjectInputFilter.Config.createFilter(DefaultExecutionContextSerializer.DEFAULT_FILTER_PATTERN
			.replace(";!*", ";jp.or.jrs.renewal.**;!*")));
		return serializer;
	}

}
