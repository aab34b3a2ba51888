package jp.or.jrs.renewal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.or.jrs.renewal.catalog.CatalogCorrections;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.PublishedTableParser;
import jp.or.jrs.renewal.CommandLine;
import jp.or.jrs.renewal.job.ExitCodes;
import jp.or.jrs.renewal.job.NightlyRun;
import jp.or.jrs.renewal.job.UsageException;
import jp.or.jrs.renewal.member.MemberFiles;
import jp.or.jrs.renewal.report.RunReportsTasklet;
import jp.or.jrs.renewal.roster.RosterChecks;
import jp.or.jrs.renewal.roster.RosterChecksFactory;
import jp.or.jrs.renewal.roster.RosterColumn;
import jp.or.jrs.renewal.roster.RosterFileFormat;
import jp.or.jrs.renewal.roster.RosterRecord;
import jp.or.jrs.renewal.roster.RosterRowValidator;
import jp.or.jrs.renewal.roster.ValidatedRow;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.TableHeader;

/**
 * {@code check ROSTER.csv}: the organizer's dry run. The roster goes through the night's own checks
 * (file format, every row, duplicates) against the catalog and member list of the input folder, as of
 * today or {@code run.date}, and gets the same reject report. It starts no database, so it changes nothing and never waits
 * for a running night.
 */
public final class RosterCheckCommand {

	private RosterCheckCommand() {
	}

	public static int run(String[] args) throws IOException {
		Path input = Path.of("input");
		Path to = Path.of(".");
		Path corrections = Path.of("jobs/catalog-corrections.csv");
		LocalDate runDate = LocalDate.now();
		List<Path> rosters = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("run.date=")) {
				runDate = NightlyRun.parseDate(arg.substring("run.date=".length()));
			}
			else if (arg.startsWith("--input=")) {
				input = Path.of(arg.substring("--input=".length()));
			}
			else if (arg.startsWith("--to=")) {
				to = Path.of(arg.substring("--to=".length()));
			}
			else if (arg.startsWith("--renewal.catalog-corrections=")) {
				corrections = Path.of(arg.substring(arg.indexOf('=') + 1));
			}
			else if (!arg.startsWith("--")) {
				rosters.add(Path.of(arg));
			}
		}
		if (rosters.size() != 1 || !Files.isRegularFile(rosters.get(0))) {
			throw new UsageException("check needs one roster file that exists: " + CommandLine.USAGE.get("check"));
		}
		Path roster = rosters.get(0);
		RosterChecks checks = checks(input, corrections, runDate);
		Outcome outcome = check(roster, checks);
		Path report = RunReportsTasklet.rejectReports(to, List.of(roster.getFileName().toString()))
			.get(roster.getFileName().toString());
		// The report sits beside the roster's name, not under rejects/rosters/.
		report = to.resolve(report.getFileName());
		if (!outcome.problems().isEmpty()) {
			ReportCsv.write(report, Problem.HEADER, outcome.problems().stream().map(Problem::cells).toList());
		}
		else {
			Files.deleteIfExists(report);
		}
		System.out.println(roster.getFileName() + ": " + outcome.describe()
				+ (outcome.problems().isEmpty() ? "; no problems" : "; reject report: " + report));
		return outcome.problems().isEmpty() ? ExitCodes.COMPLETED : ExitCodes.COMPLETED_WITH_REJECTS;
	}

	/** What the night would make of a roster file. */
	public record Outcome(boolean fileRejected, int dataRows, int accepted, int rejected, int duplicate,
			List<Problem> problems) {

		String describe() {
			return this.fileRejected ? "rejected as a whole (" + this.dataRows + " data rows)"
					: this.dataRows + " data rows: " + this.accepted + " accepted, " + this.rejected + " rejected, "
							+ this.duplicate + " duplicate";
		}

	}

	static Outcome check(Path roster, RosterChecks checks) throws IOException {
		byte[] bytes = Files.readAllBytes(roster);
		RosterFileFormat.Inspection inspection = RosterFileFormat.inspect(bytes);
		if (!inspection.readable()) {
			return new Outcome(true, inspection.dataRows(), 0, inspection.dataRows(), 0, inspection.problems());
		}
		String fileName = roster.getFileName().toString();
		RosterRowValidator validator = new RosterRowValidator(checks, Map::of);
		int accepted = 0;
		int rejected = 0;
		int duplicate = 0;
		List<Problem> problems = new ArrayList<>();
		try (LineNumberedCsvReader reader = InputFiles.open(bytes, inspection.charset())) {
			TableHeader<RosterColumn> header = TableHeader.parse(reader.nextNonBlank().cells(), RosterColumn.class)
				.header();
			for (CsvRow row = reader.nextNonBlank(); row != null; row = reader.nextNonBlank()) {
				ValidatedRow validated = validator.process(new RosterRecord(fileName, header, row));
				problems.addAll(validated.problems());
				if (validated.isAccepted()) {
					accepted++;
				}
				else if (validated.duplicate()) {
					duplicate++;
				}
				else {
					rejected++;
				}
			}
		}
		return new Outcome(false, accepted + rejected + duplicate, accepted, rejected, duplicate, problems);
	}

	/** The night's checks, against the published catalog and the member list of the input folder. */
	static RosterChecks checks(Path input, Path corrections, LocalDate today) throws IOException {
		Path catalog = input.resolve("catalog/accredited-meetings.md");
		if (!Files.isRegularFile(catalog)) {
			throw new InputFileException(catalog + " is missing; give the input folder with --input=DIR");
		}
		List<String> table = Files.readAllLines(catalog, StandardCharsets.UTF_8);
		List<Meeting> parsed = CatalogCorrections.read(corrections).applyTo(new PublishedTableParser().parse(table));
		List<Meeting> meetings = new ArrayList<>(parsed.size());
		for (int i = 0; i < parsed.size(); i++) {
			meetings.add(parsed.get(i).withId(String.format("M%04d", i + 1)));
		}
		MemberFiles.MemberList members = MemberFiles.readMembers(input.resolve("members/members.csv"));
		return RosterChecksFactory.checks(meetings, members.members(), today);
	}

}
