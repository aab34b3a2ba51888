package jp.or.jrs.renewal.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * Reads the published table and its corrections, stores the catalog (ids kept stable) and writes
 * {@code catalog.csv}. The table is small: it is read whole every night, so a new edition dropped into
 * the input folder takes effect the same night.
 */
public class LoadCatalogTasklet implements Tasklet {

	/** Job context keys, for the run summary. */
	public static final String MEETINGS = "catalog.meetings";

	public static final String CORRECTIONS = "catalog.corrections";

	static final String[] HEADER = { "meeting_id", "category", "group", "name", "former_names", "society_required",
			"society_units", "board_units", "lecture_cap" };

	private final Path publishedTable;

	private final Path correctionsFile;

	private final CatalogStore store;

	private final Path catalogCsv;

	private final InputFingerprints fingerprints;

	public LoadCatalogTasklet(Path publishedTable, Path correctionsFile, CatalogStore store, Path catalogCsv,
			InputFingerprints fingerprints) {
		this.fingerprints = fingerprints;
		this.publishedTable = publishedTable;
		this.correctionsFile = correctionsFile;
		this.store = store;
		this.catalogCsv = catalogCsv;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		if (!Files.isRegularFile(this.publishedTable)) {
			throw new InputFileException("the published catalog " + this.publishedTable + " is missing");
		}
		List<Meeting> parsed;
		try {
			parsed = new PublishedTableParser().parse(Files.readAllLines(this.publishedTable, StandardCharsets.UTF_8));
		}
		catch (CatalogFormatException ex) {
			throw new InputFileException(this.publishedTable + ": " + ex.getMessage());
		}
		CatalogCorrections corrections = CatalogCorrections.read(this.correctionsFile);
		List<Meeting> published = corrections.applyTo(parsed);
		List<Meeting> meetings = this.fingerprints.unchanged("catalog", InputFingerprints.of(published))
				? this.store.activeMeetings() : this.store.replaceWith(published);
		List<Object[]> rows = new ArrayList<>(meetings.size());
		for (Meeting m : meetings) {
			rows.add(new Object[] { m.id(), m.category(), m.group(), m.name(), String.join("|", m.formerNames()),
					m.societyRequired(), Numbers.plain(m.societyUnits()), Numbers.plain(m.boardUnits()),
					Numbers.plain(m.lectureCap()) });
		}
		ReportCsv.write(this.catalogCsv, HEADER, rows);
		contribution.incrementWriteCount(meetings.size());
		var jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		jobContext.putInt(MEETINGS, meetings.size());
		jobContext.put(CORRECTIONS,
				new ArrayList<>(corrections.corrections().stream().map(CatalogCorrections.Correction::describe).toList()));
		return RepeatStatus.FINISHED;
	}

}
