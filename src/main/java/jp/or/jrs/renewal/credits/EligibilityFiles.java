package jp.or.jrs.renewal.credits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileHeaderCallback;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.transform.LineAggregator;
import org.springframework.core.io.FileSystemResource;

import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Numbers;
import jp.or.jrs.renewal.support.ReportCsv;

/**
 * {@code eligibility.csv} and {@code requirements.csv} (spec §5), and {@code shortfall.csv} for the office's
 * mailing in Excel, written as the credits step judges members, in member order. Flat file writers are
 * restartable: a resumed step truncates each file to its last committed chunk. So they write straight to
 * the file, not through a buffer held until the chunk commits (Spring Batch's default): a chunk that fails
 * leaves lines past the position its step last recorded, which the resumed step cuts off, and the buffer
 * encoded every line twice (once to measure it). They write to {@code *.part}; the publish step renames
 * them ({@link Verdicts#publish}).
 */
public final class EligibilityFiles {

	public static final String ELIGIBILITY = "eligibility.csv";

	public static final String REQUIREMENTS = "requirements.csv";

	public static final String SHORTFALL = "shortfall.csv";

	/** The three files a judging night writes, in the order they are published and carried over. */
	static final List<String> JUDGED = List.of(ELIGIBILITY, REQUIREMENTS, SHORTFALL);

	private static final String[] ELIGIBILITY_HEADER = { "member_id", "certification", "expires_on", "window_start",
			"window_end", "rules_version", "status", "counted_units", "needed_units", "unmet", "notes" };

	private static final String[] REQUIREMENTS_HEADER = { "member_id", "certification", "code", "needed", "earned",
			"counted", "met" };

	private static final String[] SHORTFALL_HEADER = { "member_id", "name", "certification", "requirement", "needed",
			"counted", "still_needed" };

	private EligibilityFiles() {
	}

	public static FlatFileItemWriter<MemberAssessments> eligibilityWriter(Path runFolder) {
		return writer("eligibilityWriter", AtomicFiles.partial(runFolder.resolve(ELIGIBILITY)), ELIGIBILITY_HEADER,
				(member, lines) -> member.assessments().forEach(a -> eligibilityLine(lines, a)));
	}

	public static FlatFileItemWriter<MemberAssessments> requirementsWriter(Path runFolder) {
		return writer("requirementsWriter", AtomicFiles.partial(runFolder.resolve(REQUIREMENTS)), REQUIREMENTS_HEADER,
				(member, lines) -> {
					for (Assessment a : member.assessments()) {
						for (RequirementResult r : a.requirements()) {
							requirementLine(lines, a, r);
						}
					}
				});
	}

	/**
	 * {@code shortfall.csv}: one row per unmet requirement of a short certification: who, which requirement,
	 * how much is still needed. UTF-8 with a byte order mark, which Excel on Japanese Windows needs to open it
	 * as UTF-8; formula-safe like every other CSV. Members with nothing short write no line.
	 *
	 * @param names the night's members' names, by member id
	 */
	public static ItemStreamWriter<MemberAssessments> shortfallWriter(Path runFolder, Map<String, String> names) {
		String headerLine = ReportCsv.line((Object[]) SHORTFALL_HEADER);
		FlatFileItemWriter<String> lines = new ChunkLinesWriter<>("shortfallWriter",
				AtomicFiles.partial(runFolder.resolve(SHORTFALL)),
				writer -> writer.write("\uFEFF" + headerLine.substring(0, headerLine.length() - 1)), text -> text);
		return new ItemStreamWriter<>() {
			@Override
			public void open(ExecutionContext context) {
				lines.open(context);
			}

			@Override
			public void update(ExecutionContext context) {
				lines.update(context);
			}

			@Override
			public void close() {
				lines.close();
			}

			@Override
			public void write(Chunk<? extends MemberAssessments> chunk) throws Exception {
				List<String> shortOnes = new ArrayList<>();
				for (MemberAssessments member : chunk) {
					String text = shortfallLines(member, names.getOrDefault(member.memberId(), ""));
					if (!text.isEmpty()) {
						shortOnes.add(text.substring(0, text.length() - 1));
					}
				}
				lines.write(new Chunk<>(shortOnes));
			}
		};
	}

	private static String shortfallLines(MemberAssessments member, String name) {
		StringBuilder lines = new StringBuilder();
		for (Assessment a : member.assessments()) {
			for (RequirementResult r : a.requirements()) {
				if (!r.met() && r.needed() != null) {
					ReportCsv.append(lines, a.certification().memberId(), name, a.certification().certification(),
							r.code(), Numbers.plain(r.needed()), Numbers.plain(r.counted()),
							Numbers.plain(r.needed().subtract(r.counted())));
				}
			}
		}
		return lines.toString();
	}

	static void eligibilityLine(StringBuilder lines, Assessment a) {
		ReportCsv.append(lines, a.certification().memberId(), a.certification().certification(),
				a.certification().expiresOn(), a.window().start(), a.window().end(), a.rulesVersion(), a.status(),
				Numbers.plain(a.countedUnits()), Numbers.plain(a.neededUnits()), String.join(";", a.unmet()),
				String.join(";", a.notes()));
	}

	static void requirementLine(StringBuilder lines, Assessment a, RequirementResult r) {
		ReportCsv.append(lines, a.certification().memberId(), a.certification().certification(), r.code(),
				Numbers.plain(r.needed()), Numbers.plain(r.earned()), Numbers.plain(r.counted()), r.met());
	}

	/**
	 * Each item is several CSV lines, appended to one builder (a member's lines at a time, not a string per
	 * line joined again); the writer adds the last line end itself.
	 */
	private static FlatFileItemWriter<MemberAssessments> writer(String name, Path file, String[] header,
			BiConsumer<MemberAssessments, StringBuilder> lines) {
		String headerLine = ReportCsv.line((Object[]) header);
		return new ChunkLinesWriter<>(name, file, writer -> writer.write(headerLine.substring(0, headerLine.length() - 1)),
				item -> {
					StringBuilder text = new StringBuilder(256);
					lines.accept(item, text);
					text.setLength(text.length() - 1);
					return text.toString();
				});
	}

	/**
	 * Spring Batch's flat file writer as its builder makes it for these files (UTF-8, "\n", written straight to
	 * the file, restartable), joining a chunk's lines into a buffer of their length: its own starts at sixteen
	 * characters and doubles, 89 MB of copies in a 1M-row night judging every member (an allocation profile),
	 * which the collector then had to sweep.
	 */
	static final class ChunkLinesWriter<T> extends FlatFileItemWriter<T> {

		ChunkLinesWriter(String name, Path file, FlatFileHeaderCallback header, LineAggregator<T> lines) {
			super(new FileSystemResource(file), lines);
			setName(name);
			setEncoding(StandardCharsets.UTF_8.name());
			setTransactional(false);
			setLineSeparator("\n");
			setHeaderCallback(header);
			setAppendAllowed(false);
			setShouldDeleteIfExists(true);
			setShouldDeleteIfEmpty(false);
			setForceSync(false);
			setSaveState(true);
		}

		@Override
		public String doWrite(Chunk<? extends T> items) {
			String[] lines = new String[items.size()];
			int length = 0;
			int i = 0;
			for (T item : items) {
				lines[i] = this.lineAggregator.aggregate(item);
				length += lines[i++].length() + this.lineSeparator.length();
			}
			StringBuilder text = new StringBuilder(length);
			for (String line : lines) {
				text.append(line).append(this.lineSeparator);
			}
			return text.toString();
		}

	}

}
