package jp.or.jrs.renewal.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jp.or.jrs.renewal.catalog.PublishedCatalog;
import jp.or.jrs.renewal.report.OrganizerReport;
import jp.or.jrs.renewal.report.Pages;
import jp.or.jrs.renewal.roster.RejectReports;
import jp.or.jrs.renewal.roster.RosterChecks;
import jp.or.jrs.renewal.roster.RosterDryRun;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.ReportCsv;
import jp.or.jrs.renewal.support.RunDate;

/**
 * {@code check ROSTER.csv}: the organizer's dry run against the catalog and member list of the input
 * folder, as of today or {@code run.date}, with the same reject report and page the night would write. It opens no
 * database, so it changes nothing and never waits for a running night.
 */
class CheckCommand implements CommandHandler {

	@Override
	public int run(Invocation invocation) throws Exception {
		LocalDate runDate = LocalDate.now();
		Path roster = null;
		for (String operand : invocation.operands()) {
			if (operand.startsWith(RunDate.PARAMETER + "=")) {
				runDate = RunDate.parse(operand.substring(RunDate.PARAMETER.length() + 1));
			}
			else if (roster == null) {
				roster = Path.of(operand);
			}
			else {
				throw new RefusedException("check takes one roster file; " + Command.help(Command.CHECK));
			}
		}
		if (roster == null || !Files.isRegularFile(roster)) {
			throw new RefusedException("check needs one roster file that exists; " + Command.help(Command.CHECK));
		}
		// BigDecimal is made ready on the other core while the files are read: JDK 25 initialises it by computing
		// 5^65536 in the interpreter (13-25 ms), and the catalog's units are decimals. Medians of three sets of
		// 15 alternated pairs: 738 -> 707, 647 -> 639, 716 -> 710 ms (bench/RESULTS.md).
		Thread decimals = new Thread(() -> BigDecimal.ZERO.signum(), "decimals");
		decimals.setDaemon(true);
		decimals.start();
		Path input = invocation.path("input", "input");
		Path corrections = invocation.path("renewal.catalog-corrections",
				invocation.jobs().resolve("catalog-corrections.csv").toString());
		PublishedCatalog catalog = PublishedCatalog.read(RenewalProperties.catalogFileIn(input), corrections);
		RosterChecks checks = RosterDryRun.checks(catalog, input.resolve("members/members.csv"), runDate);
		String fileName = roster.getFileName().toString();
		RosterDryRun.Outcome outcome = RosterDryRun.check(fileName, Files.readAllBytes(roster), checks);
		Path report = RejectReports.in(invocation.path("to", "."), List.of(fileName)).get(fileName);
		if (!outcome.problems().isEmpty()) {
			ReportCsv.write(report, Problem.HEADER, outcome.problems().stream().map(Problem::cells).toList());
		}
		else {
			Files.deleteIfExists(report);
		}
		Path page = OrganizerReport.beside(report);
		new OrganizerReport(fileName, runDate, null, outcome.dataRows(), outcome.accepted(), outcome.rejected(),
				outcome.duplicate(), outcome.problems(), null).write(Pages.frame(runDate), page);
		System.out.println(fileName + ": " + outcome.describe()
				+ (outcome.problems().isEmpty() ? "; no problems" : "; reject report: " + report) + "; page: " + page);
		return outcome.problems().isEmpty() ? ExitCodes.COMPLETED : ExitCodes.COMPLETED_WITH_REJECTS;
	}

}
