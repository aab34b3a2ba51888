package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import jp.or.jrs.renewal.RenewalProperties;
import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.catalog.LoadCatalogTasklet;
import jp.or.jrs.renewal.credits.MemberAssessments;
import jp.or.jrs.renewal.credits.MemberCredits;
import jp.or.jrs.renewal.credits.MemberCreditsReader;
import jp.or.jrs.renewal.credits.RenewalAssessor;
import jp.or.jrs.renewal.credits.RenewalWindow;
import jp.or.jrs.renewal.credits.RuleBook;
import jp.or.jrs.renewal.credits.RulesEngine;
import jp.or.jrs.renewal.report.VerdictCarryOver;
import jp.or.jrs.renewal.credits.Verdicts;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.member.LoadMembersTasklet;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.report.EligibilityFiles;
import jp.or.jrs.renewal.report.EligibilityHistory;
import jp.or.jrs.renewal.report.RunReportsTasklet;
import jp.or.jrs.renewal.roster.RosterChecksFactory;
import jp.or.jrs.renewal.roster.RosterFileReader;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.roster.RosterIntakeTasklet;
import jp.or.jrs.renewal.roster.RosterPartitioner;
import jp.or.jrs.renewal.roster.RosterRecord;
import jp.or.jrs.renewal.roster.RosterRowValidator;
import jp.or.jrs.renewal.roster.RosterRowWriter;
import jp.or.jrs.renewal.roster.ValidatedRow;
import jp.or.jrs.renewal.roster.Withdrawals;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Sha256;

/**
 * The nightly renewal-credits job, step by step:
 * <ol>
 * <li>{@code catalog}: the published table of accredited meetings, parsed and stored;</li>
 * <li>{@code members}: the member list and certifications, with their rejects;</li>
 * <li>{@code intake}: which roster files are new, unchanged, replaced or unreadable;</li>
 * <li>{@code ingest}: one partition per roster file to take in, validating every row into the ledger or
 * the reject table;</li>
 * <li>{@code credits}: every certification judged by the rule files, written to eligibility.csv and
 * requirements.csv;</li>
 * <li>{@code reports}: summary.csv, the reject reports and the run summary.</li>
 * </ol>
 * Every step commits its rows with its own metadata in the job repository's database, so the same
 * command resumes a failed night exactly where it stopped.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenewalProperties.class)
public class RenewalJobConfiguration {

	public static final String JOB_NAME = "renewalCreditsJob";

	public static final String RUN_DATE = "run.date";

	/** Credits step context key: what the verdicts depended on when the step began. */
	private static final String FINGERPRINT = "credits.fingerprint";

	private static final Logger log = LoggerFactory.getLogger(RenewalJobConfiguration.class);

	/** Members judged per chunk of the credits step. */
	private static final int MEMBERS_PER_CHUNK = 500;

	@Bean
	public RuleBook ruleBook(RenewalProperties properties) {
		return RuleBook.read(properties.rules());
	}

	@Bean
	public Progress progress() {
		return new Progress();
	}

	@Bean
	public Job renewalCreditsJob(JobRepository jobRepository, Step catalogStep, Step membersStep, Step intakeStep,
			Step ingestStep, Step ingestedStep, VerdictCarryOver verdictCarryOver, Step carryOverStep, Step creditsStep,
			Step publishStep, Step reportsStep, RenewalProperties properties) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(new DefaultJobParametersValidator(
				new String[] { RUN_DATE }, new String[] { "input", "output" }))
			.listener(removeSpoolWhenComplete(properties))
			.start(catalogStep)
			.next(membersStep)
			.next(intakeStep)
			.next(ingestStep)
			.next(ingestedStep)
			.next(verdictCarryOver)
			.on(VerdictCarryOver.CARRY_OVER.getName())
			.to(carryOverStep)
			.next(reportsStep)
			.from(verdictCarryOver)
			.on("*")
			.to(creditsStep)
			.next(publishStep)
			.next(reportsStep)
			.end()
			.build();
	}

	// 5. credits: carried over when nothing the verdicts depend on changed, judged otherwise

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

	// 1. catalog

	@Bean
	@StepScope
	public LoadCatalogTasklet catalogTasklet(RenewalProperties properties, CatalogStore store,
			InputFingerprints fingerprints, @Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return new LoadCatalogTasklet(properties.catalogFile(), properties.catalogCorrections(), store,
				properties.runFolder(runDate).resolve("catalog.csv"), fingerprints);
	}

	@Bean
	public Step catalogStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LoadCatalogTasklet catalogTasklet) {
		return new StepBuilder("catalog", jobRepository).tasklet(catalogTasklet, transactionManager).build();
	}

	// 2. members

	@Bean
	@StepScope
	public LoadMembersTasklet membersTasklet(RenewalProperties properties, MemberStore store,
			InputFingerprints fingerprints, RuleBook ruleBook, @Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return new LoadMembersTasklet(properties.membersFile(), properties.certificationsFile(),
				properties.rejectsFolder(runDate), store, fingerprints, ruleBook.certifications(), certification -> {
					int year = RenewalWindow.of(certification).renewalYear();
					return (ruleBook.rulesFor(certification.certification(), year) != null) ? null
							: "no rule version in the rules folder judges " + certification.certification()
									+ " renewals in " + year + "; add one or correct expires_on";
				});
	}

	@Bean
	public Step membersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LoadMembersTasklet membersTasklet) {
		return new StepBuilder("members", jobRepository).tasklet(membersTasklet, transactionManager).build();
	}

	// 3. intake

	@Bean
	@StepScope
	public RosterIntakeTasklet intakeTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger,
			Withdrawals withdrawals, @Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return new RosterIntakeTasklet(properties.rosterInbox(), properties.spoolFolder(runDate), files, ledger,
				withdrawals, runDate);
	}

	@Bean
	public Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterIntakeTasklet intakeTasklet) {
		return new StepBuilder("intake", jobRepository).tasklet(intakeTasklet, transactionManager).build();
	}

	// 4. ingest: one partition per roster file

	@Bean
	@StepScope
	public RosterPartitioner rosterPartitioner(RosterFileStore files,
			@Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return new RosterPartitioner(files, runDate);
	}

	@Bean
	public Step ingestStep(JobRepository jobRepository, RosterPartitioner rosterPartitioner, Step ingestRosterStep,
			RosterFileStore files, Progress progress, RenewalProperties properties) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-");
		threads.setConcurrencyLimit(properties.ingestThreadCount());
		return new StepBuilder("ingest", jobRepository).partitioner("ingestRoster", rosterPartitioner)
			.step(ingestRosterStep)
			.gridSize(properties.ingestThreadCount())
			.taskExecutor(threads)
			.listener(new StepExecutionListener() {
				@Override
				public void beforeStep(StepExecution stepExecution) {
					LocalDate runDate = stepExecution.getJobExecution().getJobParameters().getLocalDate(RUN_DATE);
					progress.start("ingest", "rows", files.rowsToIngest(runDate));
				}

				@Override
				public ExitStatus afterStep(StepExecution stepExecution) {
					progress.finish();
					return stepExecution.getExitStatus();
				}
			})
			.build();
	}

	/**
	 * Takes one roster file in: for each partition a chunk step is built from plain objects. (Step-scoped
	 * beans would put a scope lookup behind every row read and checked: a quarter of the ingestion time
	 * in a profile of the 1M-row night.)
	 */
	@Bean
	public Step ingestRosterStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterChecksFactory checks, CreditLedger ledger, RosterFileStore files, Progress progress,
			RenewalProperties properties) {
		return new Step() {
			@Override
			public String getName() {
				return "ingestRoster";
			}

			@Override
			public void execute(StepExecution partition) throws JobInterruptedException {
				ExecutionContext context = partition.getExecutionContext();
				LocalDate runDate = partition.getJobExecution().getJobParameters().getLocalDate(RUN_DATE);
				String fileName = context.getString(RosterPartitioner.FILE_NAME);
				int fileId = context.getInt(RosterPartitioner.FILE_ID);
				boolean superseded = !files.isIngesting(fileId, context.getString(RosterPartitioner.SHA256), runDate);
				if (superseded) {
					log.warn("{} was taken in again by a later night; the run of {} leaves it to that night", fileName,
							runDate);
				}
				new StepBuilder(partition.getStepName(), jobRepository)
					.<RosterRecord, ValidatedRow>chunk(properties.chunkSize())
					.transactionManager(transactionManager)
					.reader(new RosterFileReader(properties.spoolFolder(runDate).resolve(fileName), StandardCharsets.UTF_8,
							fileName, superseded))
					.processor(new RosterRowValidator(checks.forJobExecution(partition.getJobExecution().getId(), runDate),
							() -> ledger.acceptedKeys(fileId)))
					.writer(new RosterRowWriter(ledger, files, fileId))
					.listener(progress.<RosterRecord, ValidatedRow>chunkListener())
					.build()
					.execute(partition);
			}
		};
	}

	/** Once every file is in, they are marked complete, in one transaction with the step's own record. */
	@Bean
	public Step ingestedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterFileStore files) {
		return new StepBuilder("ingested", jobRepository).tasklet((contribution, chunkContext) -> {
			files.markIngested(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobParameters()
				.getLocalDate(RUN_DATE));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
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

	@Bean
	@StepScope
	public CompositeItemWriter<MemberAssessments> eligibilityWriters(RenewalProperties properties,
			EligibilityHistory history, @Value("#{jobParameters['run.date']}") LocalDate runDate) {
		Path runFolder = properties.runFolder(runDate);
		FlatFileItemWriter<MemberAssessments> eligibility = EligibilityFiles.eligibilityWriter(runFolder);
		FlatFileItemWriter<MemberAssessments> requirements = EligibilityFiles.requirementsWriter(runFolder);
		return new CompositeItemWriter<>(List.of(eligibility, requirements, history.writer(runDate)));
	}

	@Bean
	public Step creditsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MemberCreditsReader memberCreditsReader, RenewalAssessor renewalAssessor,
			CompositeItemWriter<MemberAssessments> eligibilityWriters, EligibilityHistory history, MemberStore members,
			Verdicts verdicts, Progress progress, RenewalProperties properties) {
		return new StepBuilder("credits", jobRepository).<MemberCredits, MemberAssessments>chunk(MEMBERS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(memberCreditsReader)
			.processor(renewalAssessor)
			.writer(eligibilityWriters)
			.listener(progress.<MemberCredits, MemberAssessments>chunkListener())
			.listener(new StepExecutionListener() {
				@Override
				public void beforeStep(StepExecution stepExecution) {
					progress.start("credits", "members", members.certifiedMemberCount());
					ExecutionContext context = stepExecution.getExecutionContext();
					String fingerprint = verdicts.fingerprint();
					// Resuming is right only while the verdicts depend on what they did when the step began (a
					// withdrawal or another night may have changed the ledger since): otherwise start over.
					if (context.containsKey(MemberCreditsReader.POSITION)
							&& !fingerprint.equals(context.getString(FINGERPRINT, ""))) {
						context.entrySet().stream().map(Map.Entry::getKey).toList().forEach(context::remove);
					}
					if (!context.containsKey(MemberCreditsReader.POSITION)) {
						history.forget(stepExecution.getJobExecution().getJobParameters().getLocalDate(RUN_DATE));
					}
					context.putString(FINGERPRINT, fingerprint);
				}

				@Override
				public ExitStatus afterStep(StepExecution stepExecution) {
					progress.finish();
					return stepExecution.getExitStatus();
				}
			})
			.build();
	}

	/**
	 * The judged files are published under their names and what they were judged from is recorded (for
	 * carrying them over), in a step of its own: it is done once and for sure, or again on restart.
	 */
	@Bean
	public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Verdicts verdicts, RenewalProperties properties) {
		return new StepBuilder("publish", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate runDate = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobParameters()
				.getLocalDate(RUN_DATE);
			Path runFolder = properties.runFolder(runDate);
			Path eligibility = publish(runFolder.resolve(EligibilityFiles.ELIGIBILITY));
			Path requirements = publish(runFolder.resolve(EligibilityFiles.REQUIREMENTS));
			verdicts.record(new Verdicts.Judged(runDate, verdicts.fingerprint(), Sha256.of(eligibility),
					Sha256.of(requirements), null));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	// 6. reports

	@Bean
	@StepScope
	public RunReportsTasklet reportsTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger,
			EligibilityHistory history, Withdrawals withdrawals, Verdicts verdicts,
			@Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return new RunReportsTasklet(runDate, properties.runFolder(runDate), files, ledger, history, withdrawals,
				verdicts);
	}

	@Bean
	public Step reportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunReportsTasklet reportsTasklet) {
		return new StepBuilder("reports", jobRepository).tasklet(reportsTasklet, transactionManager).build();
	}

	/** Renames {@code x.part}, complete, to {@code x} (already done if a restart finds only {@code x}). */
	private static Path publish(Path target) {
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		if (!Files.exists(partial) && Files.exists(target)) {
			return target;
		}
		try {
			return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish " + target, ex);
		}
	}

	private static JobExecutionListener removeSpoolWhenComplete(RenewalProperties properties) {
		return new JobExecutionListener() {
			@Override
			public void afterJob(JobExecution jobExecution) {
				if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
					return;
				}
				Path spool = properties.spoolFolder(jobExecution.getJobParameters().getLocalDate(RUN_DATE));
				if (Files.isDirectory(spool)) {
					try (Stream<Path> paths = Files.walk(spool)) {
						for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
							Files.delete(path);
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Cannot remove the spool folder " + spool, ex);
					}
				}
				try {
					Files.deleteIfExists(spool.getParent());
				}
				catch (IOException ex) {
					// another run's spool is still there
				}
			}
		};
	}

}
