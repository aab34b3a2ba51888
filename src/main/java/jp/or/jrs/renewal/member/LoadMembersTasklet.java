package jp.or.jrs.renewal.member;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Build;
import jp.or.jrs.renewal.support.ContextKey;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.RunDate;
import jp.or.jrs.renewal.support.Sha256;

/**
 * Replaces the member list and the certifications with this night's files, and writes their reject
 * reports. Counts go to the step (write = accepted, filter = rejected) and to the job context for the
 * run summary.
 * <p>
 * A night whose two files (their bytes), rule files and build are those the step last loaded replays
 * that load ({@link MemberLoads}): the tables already hold those rows, and the counts and reject reports
 * are those it recorded. Reading and checking every row again was 0.2 s of a 1M-row night with nothing
 * changed and 1.5-1.8 s of a 10M-row one. A load is not kept when a file changed while it was read, or
 * when a reject report is over 1 MB (a file whose every row is rejected, at 10M-row scale, makes tens of
 * megabytes).
 */
public class LoadMembersTasklet implements Tasklet {

	/** What the members step loaded, for the run summary. */
	public static final ContextKey<Loaded> LOADED = ContextKey.of("members.loaded", Loaded.class);

	/** Rows of one file: read, accepted, rejected. */
	public record Counts(int dataRows, int accepted, int rejected) implements Serializable {
	}

	public record Loaded(Counts members, Counts certifications) implements Serializable {
	}

	/** The largest reject report kept for a replay. */
	static final int LARGEST_KEPT_REPORT = 1 << 20;

	/** Stands for a reject report too large to keep: the load is not kept. */
	private static final byte[] TOO_LARGE = new byte[0];

	private static final Logger log = LoggerFactory.getLogger(LoadMembersTasklet.class);

	private final RenewalProperties properties;

	private final MemberStore store;

	private final InputFingerprints fingerprints;

	private final RuleCoverage rules;

	private final MemberLoads loads;

	private final Build build;

	/**
	 * @param rules which certifications the rule files judge, and in which years
	 */
	public LoadMembersTasklet(RenewalProperties properties, MemberStore store, InputFingerprints fingerprints,
			RuleCoverage rules, MemberLoads loads, Build build) {
		this.properties = properties;
		this.store = store;
		this.fingerprints = fingerprints;
		this.rules = rules;
		this.loads = loads;
		this.build = build;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Path rejects = this.properties.rejectsFolder(RunDate.of(contribution.getStepExecution()));
		Path membersRejects = rejects.resolve("members.rejects.csv");
		Path certificationsRejects = rejects.resolve("certifications.rejects.csv");
		String key = loadKey();
		MemberLoads.Load load = (key != null) ? this.loads.find(key).orElse(null) : null;
		if (load != null) {
			log.info("members.csv and certifications.csv are those of the last load, under the same rules and "
					+ "program: its counts and reject reports are replayed");
			writeRejects(membersRejects, load.membersRejects());
			writeRejects(certificationsRejects, load.certificationsRejects());
		}
		else {
			load = load(membersRejects, certificationsRejects);
			// Kept only when the files did not change while they were read, and when their reports fit;
			// otherwise no load is kept, since the tables no longer hold the last one kept.
			if (key != null && key.equals(loadKey()) && load.membersRejects() != TOO_LARGE
					&& load.certificationsRejects() != TOO_LARGE) {
				this.loads.save(key, load);
			}
			else {
				this.loads.forget();
			}
		}
		contribution.incrementWriteCount(load.members().accepted() + load.certifications().accepted());
		contribution.incrementFilterCount(load.members().rejected() + load.certifications().rejected());
		LOADED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(),
				new Loaded(load.members(), load.certifications()));
		return RepeatStatus.FINISHED;
	}

	/** Reads and checks both files, stores what changed and writes their reject reports. */
	private MemberLoads.Load load(Path membersRejects, Path certificationsRejects) {
		MemberFiles.MemberList members = MemberFiles.readMembers(this.properties.membersFile());
		Set<String> memberIds = members.members().stream().map(Member::memberId).collect(Collectors.toSet());
		MemberFiles.Loaded<Certification> certifications = MemberFiles.readCertifications(
				this.properties.certificationsFile(), memberIds, members.repeated(), this.rules.certifications(),
				this.rules::whyNotJudged);
		if (!this.fingerprints.unchanged("members", InputFingerprints.of(members.members()))) {
			this.store.replaceMembers(members.members());
		}
		if (!this.fingerprints.unchanged("certifications", InputFingerprints.of(certifications.accepted()))) {
			this.store.replaceCertifications(certifications.accepted());
		}
		this.store.willHold(members.members(), certifications.accepted());
		return new MemberLoads.Load(new Counts(members.dataRows(), members.accepted(), members.rejected()),
				new Counts(certifications.dataRows(), certifications.accepted().size(), certifications.rejected()),
				writeRejects(membersRejects, members.problems()),
				writeRejects(certificationsRejects, certifications.problems()));
	}

	/**
	 * What the load depends on; null when a file is missing or unreadable, which the load itself reports
	 * (with the file and a fix).
	 */
	private String loadKey() {
		Path members = this.properties.membersFile();
		Path certifications = this.properties.certificationsFile();
		if (!Files.isRegularFile(members) || !Files.isRegularFile(certifications)) {
			return null;
		}
		try {
			return Sha256.ofLines(List.of("build " + this.build.id(), "rules " + this.rules.digest(),
					"members " + Sha256.of(members), "certifications " + Sha256.of(certifications)));
		}
		catch (UncheckedIOException ex) {
			return null;
		}
	}

	/**
	 * Writes the reject report of a file when a row was rejected, and returns it as written for a replay:
	 * null when there is none, {@link #TOO_LARGE} when it is too large to keep (a file whose every row is
	 * rejected, at 10M-row scale, makes tens of megabytes: such a night is read again).
	 */
	private static byte[] writeRejects(Path file, List<Problem> problems) {
		if (problems.isEmpty()) {
			return null;
		}
		ReportCsv.write(file, Problem.HEADER, problems.stream().map(Problem::cells).toList());
		try {
			return (Files.size(file) <= LARGEST_KEPT_REPORT) ? Files.readAllBytes(file) : TOO_LARGE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + " back", ex);
		}
	}

	private static void writeRejects(Path file, byte[] report) {
		if (report != null) {
			AtomicFiles.writeBytes(file, report);
		}
	}

}
