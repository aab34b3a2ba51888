package jp.or.jrs.renewal.credits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.core.io.FileSystemResource;

import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * {@code eligibility.csv} and {@code requirements.csv} (spec §5), written as the credits step judges
 * members, in member order. Flat file writers are restartable: a resumed step truncates each file to its
 * last committed chunk. They write to {@code *.part}; the publish step renames them
 * ({@link Verdicts#publish}).
 */
public final class EligibilityFiles {

	public static final String ELIGIBILITY = "eligibility.csv";

	public static final String REQUIREMENTS = "requirements.csv";

	private static final String[] ELIGIBILITY_HEADER = { "member_id", "certification", "expires_on", "window_start",
			"window_end", "rules_version", "status", "counted_units", "needed_units", "unmet", "notes" };

	private static final String[] REQUIREMENTS_HEADER = { "member_id", "certification", "code", "needed", "earned",
			"counted", "met" };

	private EligibilityFiles() {
	}

	public static FlatFileItemWriter<MemberAssessments> eligibilityWriter(Path runFolder) {
		return writer("eligibilityWriter", AtomicFiles.partial(runFolder.resolve(ELIGIBILITY)), ELIGIBILITY_HEADER,
				member -> member.assessments().stream().map(EligibilityFiles::eligibilityLine)
					.collect(Collectors.joining()));
	}

	public static FlatFileItemWriter<MemberAssessments> requirementsWriter(Path runFolder) {
		return writer("requirementsWriter", AtomicFiles.partial(runFolder.resolve(REQUIREMENTS)), REQUIREMENTS_HEADER,
				member -> member.assessments().stream()
					.flatMap(a -> a.requirements().stream().map(r -> requirementLine(a, r)))
					.collect(Collectors.joining()));
	}

	static String eligibilityLine(Assessment a) {
		return ReportCsv.line(a.certification().memberId(), a.certification().certification(),
				a.certification().expiresOn(), a.window().start(), a.window().end(), a.rulesVersion(), a.status(),
				Numbers.plain(a.countedUnits()), Numbers.plain(a.neededUnits()), String.join(";", a.unmet()),
				String.join(";", a.notes()));
	}

	static String requirementLine(Assessment a, RequirementResult r) {
		return ReportCsv.line(a.certification().memberId(), a.certification().certification(), r.code(),
				Numbers.plain(r.needed()), Numbers.plain(r.earned()), Numbers.plain(r.counted()), r.met());
	}

	/** Each item is several CSV lines; the writer adds the last line end itself. */
	private static FlatFileItemWriter<MemberAssessments> writer(String name, Path file, String[] header,
			java.util.function.Function<MemberAssessments, String> lines) {
		String headerLine = ReportCsv.line((Object[]) header);
		return new FlatFileItemWriterBuilder<MemberAssessments>().name(name)
			.resource(new FileSystemResource(file))
			.encoding(StandardCharsets.UTF_8.name())
			.lineSeparator("\n")
			.headerCallback(writer -> writer.write(headerLine.substring(0, headerLine.length() - 1)))
			.lineAggregator(item -> {
				String text = lines.apply(item);
				return text.substring(0, text.length() - 1);
			})
			.build();
	}

}
