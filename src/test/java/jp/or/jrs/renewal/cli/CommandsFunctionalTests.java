package jp.or.jrs.renewal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.job.Night;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' and organizers' commands, each on a real night's database in a temporary folder.
 */
class CommandsFunctionalTests {

	static final String NIGHT = "2026-11-24";

	@TempDir
	Path root;

	@Test
	void checkGivesTheNightsRejectReportAndLeavesTheDatabaseAsItWas() throws IOException {
		Night night = Night.withShippedSample(this.root.resolve("night"));
		assertThat(night.run(NIGHT)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		List<String> database = snapshot(night.output.resolve("db"));
		Path reports = this.root.resolve("checked");

		assertThat(night.command("check", night.input.resolve("rosters/organizer-mistakes.csv").toString(), "run.date=" + NIGHT,
				"--input=" + night.input, "--to=" + reports)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);

		assertThat(night.printed).contains("21 data rows: 7 accepted, 13 rejected, 1 duplicate");
		assertThat(Files.readString(reports.resolve("organizer-mistakes.rejects.csv")))
			.isEqualTo(night.text(NIGHT, "rejects/rosters/organizer-mistakes.rejects.csv"));
		assertThat(snapshot(night.output.resolve("db"))).isEqualTo(database);

		Files.writeString(this.root.resolve("good.csv"), "member_id,meeting,held_on\n0010001,日本医学放射線学会 総会,2025-04-10\n");
		assertThat(night.command("check", this.root.resolve("good.csv").toString(), "--input=" + night.input,
				"--to=" + reports)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed).contains("1 data rows: 1 accepted, 0 rejected, 0 duplicate; no problems");
		Files.write(this.root.resolve("empty.csv"), new byte[0]);
		assertThat(night.command("check", this.root.resolve("empty.csv").toString(), "--input=" + night.input,
				"--to=" + reports)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(Files.readString(reports.resolve("empty.rejects.csv"))).contains("0,,FILE_UNREADABLE");
		assertThat(night.command("check", "missing.csv")).isEqualTo(ExitCodes.BAD_USAGE);
	}

	@Test
	void benchWarmRunsTheFirstNightAgainInOneJvmAndSaysHowLongEachTook() throws IOException {
		Night night = Night.withShippedSample(this.root.resolve("night"));
		Path warm = this.root.resolve("warm");

		assertThat(night.typed("bench", "warm", night.input.toString(), warm.toString(), "2", NIGHT))
			.isEqualTo(ExitCodes.COMPLETED);

		assertThat(night.printed).containsPattern("bench warm: night 1 of 2 in one JVM: \\d+ ms, exit 3")
			.containsPattern("bench warm: night 2 of 2 in one JVM: \\d+ ms, exit 3");
		String eligibility = NIGHT + "/eligibility.csv";
		assertThat(Files.readString(warm.resolve("night-2").resolve(eligibility)))
			.isEqualTo(Files.readString(warm.resolve("night-1").resolve(eligibility)))
			.contains("0010071");
		assertThat(night.typed("bench", "warm", night.input.toString(), warm.toString(), "2", NIGHT))
			.as("the same folder again: its nights would find nothing new").isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.typed("bench", "warm", night.input.toString(), warm.toString(), "two", NIGHT))
			.isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.typed("bench", "warm", night.input.toString(), warm.toString(), "2", "24.11.2026"))
			.isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.typed("bench", "warm", night.input.toString())).isEqualTo(ExitCodes.BAD_USAGE);
	}

	@Test
	void checkNeedsNoDatabaseAtAll() throws IOException {
		Night night = Night.withShippedSample(this.root);
		assertThat(night.command("check", night.input.resolve("rosters/roster-003.csv").toString(),
				"--input=" + night.input, "--to=" + this.root)).isIn(ExitCodes.COMPLETED, ExitCodes.COMPLETED_WITH_REJECTS);
		assertThat(night.output).doesNotExist();
	}

	@Test
	void statusShowsEachRunWithItsStepsCountsAndState() throws IOException {
		Night night = Night.withShippedSample(this.root);
		assertThat(night.command("status")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed).contains("No run yet.");
		assertThat(night.output.resolve("db")).as("status creates no database").doesNotExist();
		night.run("2026-11-23");
		night.run(NIGHT);

		List<String> database = snapshot(night.output.resolve("db"));
		assertThat(night.command("status", "--limit=5")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(snapshot(night.output.resolve("db"))).as("status writes nothing").isEqualTo(database);

		assertThat(night.printed).containsSubsequence("run.date 2026-11-24  COMPLETED", "attempt", "catalog", "members",
				"intake", "ingest", "carryOver", "reports", "run.date 2026-11-23  COMPLETED", "ingest", "credits",
				"reports");
		assertThat(night.printed).contains("9 roster files").containsPattern("credits +COMPLETED +[0-9.]+ s +read 100 ");
		assertThat(night.command("status", "--limit=1")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed).doesNotContain("2026-11-23");
	}

	@Test
	void rerunStepRewritesAStepsOutputWithoutTouchingTheLedger() throws IOException {
		Night night = Night.withShippedSample(this.root);
		night.run(NIGHT);
		List<String> ledger = night.ledger();
		List<String> reports = night.allReports(NIGHT);
		Files.delete(night.report(NIGHT, "summary.csv"));
		Files.delete(night.report(NIGHT, "eligibility.csv"));

		assertThat(night.command("rerun-step", NIGHT, "credits")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.command("rerun-step", NIGHT, "reports")).isEqualTo(ExitCodes.COMPLETED);

		assertThat(night.allReports(NIGHT)).isEqualTo(reports);
		assertThat(night.ledger()).isEqualTo(ledger);

		// The office fixes a certification and judges again without a new night.
		Path certifications = night.input.resolve("members/certifications.csv");
		Files.writeString(certifications, Files.readString(certifications).replace("0010001,BOARD,2027-08-31,,10",
				"0010001,BOARD,2027-08-31,,4"));
		assertThat(night.command("rerun-step", NIGHT, "members")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.command("rerun-step", NIGHT, "credits")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.text(NIGHT, "requirements.csv")).contains("0010001,BOARD,CLINICAL_UNITS,5,4,4,false");

		assertThat(night.command("rerun-step", NIGHT, "ingest")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.command("rerun-step", "2026-11-20", "reports")).isEqualTo(ExitCodes.BAD_USAGE);
	}

	@Test
	void withdrawRemovesWhatAFileContributedAndTheNextRunSaysWhoWhenAndWhy() throws IOException {
		Night night = Night.withShippedSample(this.root);
		night.run(NIGHT);
		int before = night.ledger().size();
		assertThat(night.rosterProblems()).anyMatch(row -> row.startsWith("organizer-mistakes.csv"));

		assertThat(night.command("withdraw", "organizer-mistakes.csv", "--reason=sent for the wrong meeting",
				"--by=office-tanaka")).isEqualTo(ExitCodes.COMPLETED);

		assertThat(night.printed).contains("Withdrew organizer-mistakes.csv: 7 credits");
		assertThat(night.ledger()).hasSize(before - 7).noneMatch(row -> row.startsWith("organizer-mistakes.csv"));
		assertThat(night.rosterProblems()).noneMatch(row -> row.startsWith("organizer-mistakes.csv"));

		assertThat(night.run("2026-11-25")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.csv("2026-11-25", "summary.csv")).filteredOn(r -> r.get("file").equals("organizer-mistakes.csv"))
			.singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("WITHDRAWN"));
		assertThat(night.text("2026-11-25", "run-summary.txt")).contains("Withdrawn since the previous run: 1")
			.contains("organizer-mistakes.csv: withdrawn").contains("by office-tanaka (sent for the wrong meeting); 7 credits removed");
		assertThat(night.ledger()).hasSize(before - 7);

		night.write("rosters/organizer-mistakes.csv", "member_id,meeting,held_on\n0010001,日本医学放射線学会 総会,2025-04-10\n");
		assertThat(night.run("2026-11-26")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.csv("2026-11-26", "summary.csv")).filteredOn(r -> r.get("file").equals("organizer-mistakes.csv"))
			.singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("INGESTED"));
		assertThat(night.text("2026-11-26", "run-summary.txt")).doesNotContain("Withdrawn since");

		assertThat(night.command("withdraw", "nothing.csv", "--reason=x")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.command("withdraw", "roster-001.csv")).as("no reason").isEqualTo(ExitCodes.BAD_USAGE);
	}

	@Test
	void purgeKeepsTheLatestRunsMetadataAndTheWholeLedger() throws IOException {
		Night night = Night.withShippedSample(this.root);
		night.run("2026-11-22");
		night.run("2026-11-23");
		night.command("rerun-step", "2026-11-23", "reports");
		night.run(NIGHT);
		List<String> ledger = night.ledger();

		assertThat(night.command("purge", "--keep", "1")).isEqualTo(ExitCodes.COMPLETED);

		assertThat(night.printed).contains("Purged the metadata of 2 runs [2026-11-22, 2026-11-23]; kept 1 [2026-11-24]");
		assertThat(night.query("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
		assertThat(night.query("SELECT DISTINCT run_date FROM run_files")).containsExactly(NIGHT);
		assertThat(night.ledger()).isEqualTo(ledger);
		assertThat(night.command("status")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed).contains("run.date 2026-11-24").doesNotContain("2026-11-22");
		assertThat(night.command("purge", "--keep=0")).isEqualTo(ExitCodes.BAD_USAGE);
	}

	@Test
	void ledgerListsTheCreditsOfAMemberOrAFile() throws IOException {
		Night night = Night.withShippedSample(this.root);
		night.run(NIGHT);

		assertThat(night.command("ledger", "--file=organizer-mistakes.csv")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed.lines()).containsExactly(
				"file,line,member_id,meeting_id,held_on,credit_type,lecture_id,topic,units",
				"organizer-mistakes.csv,2,0010001,M0004,2025-09-20,ATTENDANCE,,,0",
				"organizer-mistakes.csv,3,0010008,M0004,2025-09-20,ATTENDANCE,,,0",
				"organizer-mistakes.csv,5,0010106,M0004,2025-09-20,ATTENDANCE,,,0",
				"organizer-mistakes.csv,6,0010015,M0004,2025-09-20,ATTENDANCE,,,0",
				"organizer-mistakes.csv,10,0010036,M0004,2025-09-20,ATTENDANCE,,,0",
				"organizer-mistakes.csv,18,0010071,M0004,2025-09-20,COMMON_LECTURE,K-1,感染対策,1",
				"organizer-mistakes.csv,24,0010099,M0010,2025-09-20,ATTENDANCE,,,0");
		assertThat(night.command("ledger", "--member=0010071")).isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed.lines().skip(1)).isNotEmpty().allMatch(line -> line.split(",")[2].equals("0010071"))
			.anyMatch(line -> line.startsWith("organizer-mistakes.csv,18,"));
		assertThat(night.command("ledger", "--file=none.csv")).isEqualTo(ExitCodes.BAD_USAGE);

		assertThat(night.command("ledger", "--file=organizer-mistakes.csv", "--member=0010071"))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.printed.lines()).as("one member's credits of one file, and nothing but CSV").containsExactly(
				"file,line,member_id,meeting_id,held_on,credit_type,lecture_id,topic,units",
				"organizer-mistakes.csv,18,0010071,M0004,2025-09-20,COMMON_LECTURE,K-1,感染対策,1");
	}

	@Test
	void aRuleFileWithAnUnknownTopicStopsTheNightBeforeAnythingIsReadAndSaysWhere() throws IOException {
		Night night = Night.withShippedSample(this.root);
		Path rules = this.root.resolve("rules");
		Files.createDirectories(rules);
		for (String file : List.of("board-2019.yaml", "board-2026.yaml")) {
			Files.copy(Path.of("jobs/rules").resolve(file), rules.resolve(file));
		}
		Files.writeString(rules.resolve("society-2012.yaml"), Files.readString(Path.of("jobs/rules/society-2012.yaml"))
			.replace("topics: [\"医療安全・放射線防護\"]", "topics: [\"医療安全・放射線防御\"]"));
		assertThat(standardErrorOf(() -> night.run(NIGHT, "--renewal.rules=" + rules), ExitCodes.BAD_USAGE))
			.contains("society-2012.yaml, line 44: certifications[0].requirements[4].where.topics[0]")
			.contains("'医療安全・放射線防御' is not a topic; the topics are 医療安全・放射線防護");
		assertThat(night.output.resolve(NIGHT)).doesNotExist();
	}

	@Test
	void aFlywaySettingStopsTheNightInsteadOfBeingIgnored() throws IOException {
		Night night = Night.withShippedSample(this.root);
		assertThat(standardErrorOf(() -> night.run(NIGHT, "--spring.flyway.default-schema=renewal"),
				ExitCodes.BAD_USAGE))
			.contains("APPLICATION FAILED TO START")
			.contains("spring.flyway.default-schema is set (commandLineArgs), but Flyway takes no settings here")
			.doesNotContain("\tat org.springframework");
		assertThat(night.output.resolve(NIGHT)).doesNotExist();
	}

	@Test
	void aRulesFolderSettingThatDoesNotResolveNamesTheFolderAndAFix() throws IOException {
		// The rule files are read ahead of the context from the same setting: it must not fail first.
		Night night = Night.withShippedSample(this.root);
		assertThat(standardErrorOf(() -> night.run(NIGHT, "--renewal.rules=${nope}/rules"), ExitCodes.BAD_USAGE))
			.contains("the rules folder").contains("${nope}/rules is missing").contains("--renewal.rules=DIR");
	}

	@Test
	void anOptionValueThatDoesNotReadIsBadUsage() throws IOException {
		Night night = Night.withShippedSample(this.root);
		assertThat(night.command("status", "--limit=x")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.command("status", "--limit=0")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.command("purge", "--keep", "many")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.command("status", "--limit", "2")).isEqualTo(ExitCodes.COMPLETED);
	}

	@Test
	void everyCommandExplainsItselfAndTheExitStatuses() {
		Night night = new Night(this.root);
		for (String command : List.of("run", "restart", "status", "rerun-step", "check", "withdraw", "purge",
				"ledger", "generate", "bench")) {
			assertThat(night.command(command, "--help")).isEqualTo(ExitCodes.COMPLETED);
			assertThat(night.printed).startsWith("usage: java -jar renewal-credits.jar " + command);
		}
		assertThat(CommandLine.run(jp.or.jrs.renewal.RenewalCreditsApplication.class, "--help"))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(night.command("status", "--limt=3")).isEqualTo(ExitCodes.BAD_USAGE);
		assertThat(night.command("restart")).isEqualTo(ExitCodes.BAD_USAGE);
	}

	/**
	 * Every file of the embedded database with its bytes and when it was last written (a file rewritten
	 * with the same bytes, as closing a database opened for writing does, counts as written).
	 */
	static List<String> snapshot(Path db) throws IOException {
		try (Stream<Path> files = Files.walk(db)) {
			return files.filter(Files::isRegularFile).sorted().map(f -> {
				try {
					return f.getFileName() + ":" + java.util.Arrays.hashCode(Files.readAllBytes(f)) + "@"
							+ Files.getLastModifiedTime(f).toMillis();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
	}

	/** What a command printed on standard error, once its exit status is the one expected. */
	private static String standardErrorOf(IntSupplier command, int exitStatus) {
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.getAsInt()).isEqualTo(exitStatus);
		}
		finally {
			System.setErr(original);
		}
		return errors.toString(StandardCharsets.UTF_8);
	}

}
