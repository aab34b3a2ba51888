package jp.or.jrs.renewal.support;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;


/**
 * Where the night reads and writes, and how it is tuned. {@code --input} and {@code --output} on the
 * command line set the folders (spec §7); the rest lives in {@code jobs/nightly.properties}.
 *
 * @param input the input folder: {@code catalog/}, {@code members/}, {@code rosters/}
 * @param output the output folder: one folder per run date, and {@code db/} for the embedded database
 * @param rules the folder of rule files, one per rule version
 * @param catalogCorrections the corrections applied to the published catalog after parsing
 * @param chunkSize rows per transaction in the chunk steps
 * @param ingestThreads roster files ingested at the same time; 0 (the default) means as many as the
 * processors (on two cores that is faster only while the JIT leaves a core free: bin/renewal-credits makes
 * it compile less eagerly)
 */
@ConfigurationProperties("renewal")
public record RenewalProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
		@DefaultValue("jobs/rules") Path rules,
		@DefaultValue("jobs/catalog-corrections.csv") Path catalogCorrections,
		@DefaultValue("10000") int chunkSize, @DefaultValue("0") int ingestThreads) {

	/** A chunk of credits is one database row: a few megabytes at most. */
	static final int MAX_CHUNK_SIZE = 50_000;

	public RenewalProperties {
		if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
			throw new InputFileException("renewal.chunk-size is " + chunkSize + "; it must be between 1 and "
					+ MAX_CHUNK_SIZE);
		}
	}

	/** Roster files ingested at the same time. */
	public int ingestThreadCount() {
		return (this.ingestThreads > 0) ? this.ingestThreads : Runtime.getRuntime().availableProcessors();
	}

	public Path catalogFile() {
		return catalogFileIn(this.input);
	}

	/** The published catalog's place in an input folder. */
	public static Path catalogFileIn(Path input) {
		return input.resolve("catalog").resolve("accredited-meetings.md");
	}

	public Path membersFile() {
		return this.input.resolve("members").resolve("members.csv");
	}

	public Path certificationsFile() {
		return this.input.resolve("members").resolve("certifications.csv");
	}

	public Path rosterInbox() {
		return this.input.resolve("rosters");
	}

	/** {@code output/<run.date>/}: everything a run writes for people to read. */
	public Path runFolder(LocalDate runDate) {
		return this.output.resolve(runDate.toString());
	}

	public Path rejectsFolder(LocalDate runDate) {
		return runFolder(runDate).resolve("rejects");
	}

	/**
	 * The copies of the roster files a run reads, so a restart reads exactly the same bytes; removed when
	 * the run completes.
	 */
	public Path spoolFolder(LocalDate runDate) {
		return this.output.resolve("spool").resolve(runDate.toString());
	}

}
