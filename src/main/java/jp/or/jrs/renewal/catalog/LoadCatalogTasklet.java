package jp.or.jrs.renewal.catalog;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.support.ContextKey;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.RunDate;

/**
 * Reads the published table and its corrections, stores the catalog (ids kept stable) and writes
 * {@code catalog.csv}. The table is small: it is read whole every night, so a new edition dropped into
 * the input folder takes effect the same night.
 */
public class LoadCatalogTasklet implements Tasklet {

	/** What the catalog step loaded, for the run summary. */
	public static final ContextKey<Loaded> LOADED = ContextKey.of("catalog.loaded", Loaded.class);

	/** The meetings stored and the corrections applied, as the run summary lists them. */
	public record Loaded(int meetings, List<String> corrections) implements Serializable {

		public Loaded {
			corrections = List.copyOf(corrections);
		}

	}

	static final String[] HEADER = { "meeting_id", "category", "group", "name", "former_names", "society_required",
			"society_units", "board_units", "lecture_cap" };

	private final RenewalProperties properties;

	private final CatalogStore store;

	private final InputFingerprints fingerprints;

	public LoadCatalogTasklet(RenewalProperties properties, CatalogStore store, InputFingerprints fingerprints) {
		this.properties = properties;
		this.store = store;
		this.fingerprints = fingerprints;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		LocalDate runDate = RunDate.of(contribution.getStepExecution());
		PublishedCatalog published = PublishedCatalog.read(this.properties);
		List<Meeting> meetings = this.fingerprints.unchanged("catalog", InputFingerprints.of(published.meetings()))
				? this.store.activeMeetings() : this.store.replaceWith(published.meetings());
		List<Object[]> rows = new ArrayList<>(meetings.size());
		for (Meeting m : meetings) {
			rows.add(new Object[] { m.id(), m.category(), m.group(), m.name(), String.join("|", m.formerNames()),
					m.societyRequired(), Numbers.plain(m.societyUnits()), Numbers.plain(m.boardUnits()),
					Numbers.plain(m.lectureCap()) });
		}
		Path catalogCsv = this.properties.runFolder(runDate).resolve("catalog.csv");
		ReportCsv.write(catalogCsv, HEADER, rows);
		contribution.incrementWriteCount(meetings.size());
		LOADED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(), new Loaded(meetings.size(),
				published.corrections().corrections().stream().map(CatalogCorrections.Correction::describe).toList()));
		return RepeatStatus.FINISHED;
	}

}
