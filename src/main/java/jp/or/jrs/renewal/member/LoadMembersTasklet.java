package jp.or.jrs.renewal.member;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * Replaces the member list and the certifications with this night's files, and writes their reject
 * reports. Counts go to the step (write = accepted, filter = rejected) and to the job
 * context for the run summary.
 */
public class LoadMembersTasklet implements Tasklet {

	public static final String MEMBERS = "members";

	public static final String CERTIFICATIONS = "certifications";

	private final Path membersFile;

	private final Path certificationsFile;

	private final Path rejectsFolder;

	private final MemberStore store;

	private final Set<String> certificationCodes;

	private final Function<Certification, String> ruleGap;

	private final InputFingerprints fingerprints;

	/**
	 * @param certificationCodes the certifications the rule book judges
	 * @param ruleGap why no rule version judges a certification's renewal, or {@code null} when one does
	 */
	public LoadMembersTasklet(Path membersFile, Path certificationsFile, Path rejectsFolder, MemberStore store,
			InputFingerprints fingerprints, Set<String> certificationCodes, Function<Certification, String> ruleGap) {
		this.fingerprints = fingerprints;
		this.membersFile = membersFile;
		this.certificationsFile = certificationsFile;
		this.rejectsFolder = rejectsFolder;
		this.store = store;
		this.certificationCodes = certificationCodes;
		this.ruleGap = ruleGap;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		MemberFiles.MemberList members = MemberFiles.readMembers(this.membersFile);
		Set<String> memberIds = members.members().stream().map(Member::memberId).collect(Collectors.toSet());
		MemberFiles.Loaded<Certification> certifications = MemberFiles.readCertifications(this.certificationsFile,
				memberIds, members.repeated(), this.certificationCodes, this.ruleGap);
		if (!this.fingerprints.unchanged(MEMBERS, InputFingerprints.of(members.members()))) {
			this.store.replaceMembers(members.members());
		}
		if (!this.fingerprints.unchanged(CERTIFICATIONS, InputFingerprints.of(certifications.accepted()))) {
			this.store.replaceCertifications(certifications.accepted());
		}
		writeRejects("members.rejects.csv", members.problems());
		writeRejects("certifications.rejects.csv", certifications.problems());
		contribution.incrementWriteCount(members.accepted() + certifications.accepted().size());
		contribution.incrementFilterCount(members.rejected() + certifications.rejected());
		var jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		jobContext.put(MEMBERS, new int[] { members.dataRows(), members.accepted(), members.rejected() });
		jobContext.put(CERTIFICATIONS,
				new int[] { certifications.dataRows(), certifications.accepted().size(), certifications.rejected() });
		return RepeatStatus.FINISHED;
	}

	private void writeRejects(String fileName, List<Problem> problems) {
		if (!problems.isEmpty()) {
			ReportCsv.write(this.rejectsFolder.resolve(fileName), Problem.HEADER,
					problems.stream().map(Problem::cells).toList());
		}
	}

}
