package jp.or.jrs.renewal.member;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * changed and 1.5-1.8 s of a 10M-row one.
 */
public class LoadMembersTasklet implements Tasklet {

	/** What the members step loaded, for the run summary. */
	public static final ContextKey<Loaded> LOADED = ContextKey.of("members.loaded", Loaded.class);

	/** Rows of one file: read, accepted, rejected. */
	public record Counts(int dataRows, int accepted, int rejected) implements Serializable {
	}

	public record Loaded(Counts members, Counts certifications) implements Serializable {
	}

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
		String key = loadKey();
		MemberLoads.Load load = (key != null) ? this.loads.find(key).orElse(null) : null;
		if (load == null) {
			load = load();
			if (key != null) {
				this.loads.save(key, load);
			}
		}
		Path rejects = this.properties.rejectsFolder(RunDate.of(contribution.getStepExecution()));
		writeRejects(rejects.resolve("members.rejects.csv"), load.membersRejects());
		writeRejects(rejects.resolve("certifications.rejects.csv"), load.certificationsRejects());
		contribution.incrementWriteCount(load.members().accepted() + load.certifications().accepted());
		contribution.incrementFilterCount(load.members().rejected() + load.certifications().rejected());
		LOADED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(),
				new Loaded(load.members(), load.certifications()));
		return RepeatStatus.FINISHED;
	}

	/** Reads and checks both files, and stores what changed. */
	private MemberLoads.Load load() {
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
		return new MemberLoads.Load(new Counts(members.dataRows(), members.accepted(), members.rejected()),
				new Counts(certifications.dataRows(), certifications.accepted().size(), certifications.rejected()),
				report(members.problems()), report(certifications.problems()));
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

	/** The reject report of a file, null when no row was rejected. */
	private static byte[] report(List<Problem> problems) {
		return problems.isEmpty() ? null
				: ReportCsv.text(Problem.HEADER, problems.stream().map(Problem::cells).toList())
					.getBytes(StandardCharsets.UTF_8);
	}

	private static void writeRejects(Path file, byte[] report) {
		if (report != null) {
			AtomicFiles.writeBytes(file, report);
		}
	}

}
