package jp.or.jrs.renewal.roster;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.support.DatabaseCheckpoints;
import jp.or.jrs.renewal.support.Progress;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;

/**
 * The roster steps of the night: {@code intake} decides what becomes of every roster file, {@code ingest}
 * takes the new and corrected ones in (one partition per file, several files at once), and
 * {@code ingested} marks them complete.
 */
@Configuration(proxyBeanMethods = false)
public class RosterStepConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RosterStepConfiguration.class);

	@Bean
	public RosterIntakeTasklet intakeTasklet(RenewalProperties properties, RosterFileStore files, CreditLedger ledger,
			Withdrawals withdrawals, RosterFileHashes hashes) {
		return new RosterIntakeTasklet(properties, files, ledger, withdrawals, hashes);
	}

	@Bean
	public Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterIntakeTasklet intakeTasklet) {
		return new StepBuilder("intake", jobRepository).tasklet(intakeTasklet, transactionManager).build();
	}

	/**
	 * The checks every roster row of the night goes through: the catalog and member list as the night
	 * loaded them, indexed once per run and shared by the files ingested side by side.
	 */
	@Bean
	@JobScope
	public RosterChecks rosterChecks(CatalogStore catalog, MemberStore members,
			@Value("#{jobExecution}") org.springframework.batch.core.job.JobExecution jobExecution) {
		return RosterChecks.of(catalog, members, RunDate.of(jobExecution));
	}

	@Bean
	@StepScope
	public RosterPartitioner rosterPartitioner(RosterFileStore files,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new RosterPartitioner(files, RunDate.of(stepExecution));
	}

	@Bean
	public Step ingestStep(JobRepository jobRepository, RosterPartitioner rosterPartitioner, Step ingestRosterStep,
			RosterFileStore files, Progress progress, RenewalProperties properties, DatabaseCheckpoints checkpoints) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-");
		threads.setConcurrencyLimit(properties.ingestThreadCount());
		return new StepBuilder("ingest", jobRepository).partitioner("ingestRoster", rosterPartitioner)
			.step(ingestRosterStep)
			.gridSize(properties.ingestThreadCount())
			.taskExecutor(threads)
			.listener(progress.stepListener("ingest", "rows", step -> files.rowsToIngest(RunDate.of(step))))
			// The ledger's largest write, into the data file once no partition holds a transaction.
			.listener(checkpoints.afterStep())
			.build();
	}

	/**
	 * Takes one roster file in: for each partition a chunk step is made of plain objects. (Step-scoped beans
	 * would put a scope lookup behind every row read and checked: a quarter of the ingestion time in a
	 * profile of the 1M-row night.) It is made without the step builder, which looks through every method of
	 * the reader, validator and writer for Spring Batch's listener annotations, once per file: 0.1 s of
	 * processor time a 1M-row night, and as long again for the JIT to compile that search.
	 */
	@Bean
	public Step ingestRosterStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterChecks rosterChecks, CreditLedger ledger, RosterFileStore files, Progress progress,
			RenewalProperties properties, ObjectProvider<RosterPermissions> permissions) {
		return new Step() {
			@Override
			public String getName() {
				return "ingestRoster";
			}

			@Override
			public void execute(StepExecution partition) throws JobInterruptedException {
				ExecutionContext context = partition.getExecutionContext();
				LocalDate runDate = RunDate.of(partition);
				String fileName = context.getString(RosterPartitioner.FILE_NAME);
				int fileId = context.getInt(RosterPartitioner.FILE_ID);
				boolean superseded = !files.isIngesting(fileId, context.getString(RosterPartitioner.SHA256), runDate);
				if (superseded) {
					log.warn("{} was taken in again by a later night; the run of {} leaves it to that night", fileName,
							runDate);
				}
				// One item is a chunk's rows (RosterFileReader), so a chunk is one item. Not fault-tolerant, and it
				// must not become so as it is: a skip or a retry would act on a whole chunk's rows, and RowCounts
				// would count Spring Batch's scan of a failed chunk wrong.
				ChunkOrientedStep<List<RosterRecord>, List<ValidatedRow>> step = new ChunkOrientedStep<>(
						partition.getStepName(), 1,
						new RosterFileReader(properties.spoolFolder(runDate).resolve(fileName), StandardCharsets.UTF_8,
								fileId, fileName, superseded, properties.chunkSize()),
						new RosterRowWriter(ledger, files, fileId), jobRepository);
				step.setItemProcessor(new RosterRowValidator(nightsChecks(rosterChecks, partition),
						() -> ledger.acceptedKeys(fileId), permissions.stream()
							.map(p -> p.permittedMeetings(fileName))
							.flatMap(Optional::stream)
							.findFirst()));
				step.setTransactionManager(transactionManager);
				step.registerChunkListener(new RowCounts(partition, progress));
				try {
					// Registers the reader, validator and writer as the streams they are.
					step.afterPropertiesSet();
				}
				catch (Exception ex) {
					throw new IllegalStateException("the step of " + fileName + " could not be set up", ex);
				}
				step.execute(partition);
			}
		};
	}

	/** The night's checks themselves, not their scoped proxy: every row is checked. */
	private static RosterChecks nightsChecks(RosterChecks scoped, StepExecution partition) {
		JobSynchronizationManager.register(partition.getJobExecution());
		try {
			return (RosterChecks) ((ScopedObject) scoped).getTargetObject();
		}
		finally {
			// close, not release: the job's own registration keeps the night's scope open.
			JobSynchronizationManager.close();
		}
	}

	/** Once every file is in, they are marked complete, in one transaction with the step's own record. */
	@Bean
	public Step ingestedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RosterFileStore files) {
		return new StepBuilder("ingested", jobRepository).tasklet((contribution, chunkContext) -> {
			files.markIngested(RunDate.of(contribution.getStepExecution()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	public RosterSpool rosterSpool(RenewalProperties properties) {
		return new RosterSpool(properties);
	}

}
