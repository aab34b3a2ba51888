package jp.or.jrs.renewal.member;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.support.ContextKey;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.RunDate;

/**
 * Replaces the member list and the certifications with this night's files, and writes their reject
 * reports. Counts go to the step (write = accepted, filter = rejected) and to the job context for the
 * run summary.
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

	/**
	 * @param rules which certifications the rule files judge, and in which years
	 */
	public LoadMembersTasklet(RenewalProperties properties, MemberStore store, InputFingerprints fingerprints,
			RuleCoverage rules) {
		this.properties = properties;
		this.store = store;
		this.fingerprints = fingerprints;
		this.rules = rules;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
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
		Path rejects = this.properties.rejectsFolder(RunDate.of(contribution.getStepExecution()));
		writeRejects(rejects.resolve("members.rejects.csv"), members.problems());
		writeRejects(rejects.resolve("certifications.rejects.csv"), certifications.problems());
		contribution.incrementWriteCount(members.accepted() + certifications.accepted().size());
		contribution.incrementFilterCount(members.rejected() + certifications.rejected());
		LOADED.put(contribution.getStepExecution().getJobExecution().getExecutionContext(),
				new Loaded(new Counts(members.dataRows(), members.accepted(), members.rejected()),
						new Counts(certifications.dataRows(), certifications.accepted().size(),
								certifications.rejected())));
		return RepeatStatus.FINISHED;
	}

	private static void writeRejects(Path file, List<Problem> problems) {
		if (!problems.isEmpty()) {
			ReportCsv.write(file, Problem.HEADER, problems.stream().map(Problem::cells).toList());
		}
	}

}
