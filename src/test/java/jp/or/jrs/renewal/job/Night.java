package jp.or.jrs.renewal.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import jp.or.jrs.renewal.cli.CommandLine;
import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.ledger.LedgerChunks;
import jp.or.jrs.renewal.support.Problem;

/**
 * A nightly run as the office runs it: the real application, in this JVM, with an input and an output
 * folder of its own (so the embedded database is a file-mode HSQLDB under {@code output/db}), and ways to
 * read what it wrote.
 */
public final class Night {

	public final Path input;

	public final Path output;

	/** What the last command printed on standard output. */
	public String printed = "";

	public Night(Path root) {
		this.input = root.resolve("input");
		this.output = root.resolve("output");
	}

	/** An input folder with the shipped catalog and nothing else yet. */
	public static Night withCatalog(Path root) throws IOException {
		Night night = new Night(root);
		Files.createDirectories(night.input.resolve("catalog"));
		Files.createDirectories(night.input.resolve("members"));
		Files.createDirectories(night.input.resolve("rosters"));
		Files.copy(Path.of("input/catalog/accredited-meetings.md"),
				night.input.resolve("catalog/accredited-meetings.md"));
		return night;
	}

	/** A copy of the shipped sample input. */
	public static Night withShippedSample(Path root) throws IOException {
		Night night = new Night(root);
		copy(Path.of("input"), night.input);
		return night;
	}

	/** Points the application context of a test at this night's folders. */
	public Night configure(DynamicPropertyRegistry registry) {
		registry.add("renewal.input", this.input::toString);
		registry.add("renewal.output", this.output::toString);
		return this;
	}

	public int run(String runDate, String... options) {
		return run(new Class<?>[0], runDate, options);
	}

	int run(Class<?>[] extraSources, String runDate, String... options) {
		List<String> args = new ArrayList<>(List.of("run.date=" + runDate, "--input=" + this.input,
				"--output=" + this.output));
		args.addAll(List.of(options));
		Class<?>[] sources = Stream.concat(Stream.of(RenewalCreditsApplication.class), Stream.of(extraSources))
			.toArray(Class<?>[]::new);
		return capture(() -> CommandLine.run(sources, args.toArray(String[]::new)));
	}

	/** Runs a subcommand on this night's folders: {@code command("status")}. */
	public int command(String command, String... arguments) {
		List<String> args = new ArrayList<>();
		args.add(command);
		args.addAll(List.of(arguments));
		if (!command.equals("check")) {
			args.add("--output=" + this.output);
		}
		if (List.of("run", "restart", "rerun-step", "check").contains(command)) {
			args.add("--input=" + this.input);
		}
		return typed(args.toArray(String[]::new));
	}

	/** Runs a command exactly as typed, nothing added: {@code typed("bench", "warm", …)}. */
	public int typed(String... args) {
		return capture(() -> CommandLine.run(RenewalCreditsApplication.class, args));
	}

	private int capture(java.util.function.IntSupplier command) {
		java.io.PrintStream original = System.out;
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		System.setOut(new java.io.PrintStream(new TeeStream(original, printed), true, StandardCharsets.UTF_8));
		try {
			return command.getAsInt();
		}
		finally {
			System.setOut(original);
			this.printed = printed.toString(StandardCharsets.UTF_8);
		}
	}

	/** Keeps what a command prints and still shows it. */
	private static final class TeeStream extends java.io.OutputStream {

		private final java.io.OutputStream first;

		private final java.io.OutputStream second;

		TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.first.write(b, off, len);
			this.second.write(b, off, len);
		}

	}

	public void write(String path, String text) throws IOException {
		Path file = this.input.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	public Path report(String runDate, String path) {
		return this.output.resolve(runDate).resolve(path);
	}

	public String text(String runDate, String path) throws IOException {
		return Files.readString(report(runDate, path), StandardCharsets.UTF_8);
	}

	public List<CSVRecord> csv(String runDate, String path) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(Files.newBufferedReader(report(runDate, path), StandardCharsets.UTF_8))) {
			return parser.getRecords();
		}
	}

	/** Every file a run wrote, with its content, for comparing two runs. */
	public List<String> allReports(String runDate) throws IOException {
		Path folder = this.output.resolve(runDate);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.sorted()
				.map(f -> folder.relativize(f) + "\n" + read(f))
				.toList();
		}
	}

	/** The ledger, credit by credit, by file name and line: {@code file,line,member,meeting,date,type,lecture,topic,units}. */
	public List<String> ledger() {
		String url = "jdbc:hsqldb:file:" + this.output.resolve("db/renewal") + ";shutdown=true;ifexists=true";
		List<String> credits = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT f.file_name, c.credits FROM ledger_chunks c JOIN roster_files f ON f.file_id = c.file_id""")) {
			while (rs.next()) {
				String file = rs.getString(1);
				LedgerChunks.decode(0, rs.getBytes(2), c -> credits.add(String.join(",", file, String.valueOf(c.line()),
						c.memberId(), c.meeting().toString(), c.heldOn().toString(), c.type().name(), c.lectureId(),
						c.topic().label(), c.units().toString())));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		credits.sort(java.util.Comparator.comparing((String c) -> c.substring(0, c.indexOf(',')))
			.thenComparingInt(c -> Integer.parseInt(c.split(",")[1])));
		return credits;
	}

	/**
	 * Every problem the ledger keeps for the roster files, as it reads them back, by file name (then file id)
	 * and in each file's order: {@code file,line,column,code,message,value}.
	 */
	public List<String> rosterProblems() {
		String url = "jdbc:hsqldb:file:" + this.output.resolve("db/renewal") + ";shutdown=true;ifexists=true";
		List<String> problems = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			CreditLedger ledger = new CreditLedger(jdbc);
			jdbc.query("SELECT file_id, file_name FROM roster_files ORDER BY file_name, file_id", (ResultSet rs) -> {
				String file = rs.getString(2);
				for (Problem p : ledger.problems(rs.getInt(1))) {
					problems.add(String.join(",", file, String.valueOf(p.line()), p.column(), p.code(),
							p.message().bilingual(), p.value()));
				}
			});
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return problems;
	}

	public List<String> query(String sql) {
		String url = "jdbc:hsqldb:file:" + this.output.resolve("db/renewal") + ";shutdown=true;ifexists=true";
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<String> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(i > 1 ? "," : "").append(rs.getString(i));
				}
				rows.add(row.toString());
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

}
