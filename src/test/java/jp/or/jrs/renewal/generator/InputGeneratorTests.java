package jp.or.jrs.renewal.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.roster.RosterFileFormat;
import jp.or.jrs.renewal.support.TextEncoding;

import static org.assertj.core.api.Assertions.assertThat;

class InputGeneratorTests {

	static final Path CATALOG = Path.of("input/catalog/accredited-meetings.md");

	@TempDir
	Path dir;

	long generate(Path to, long seed, int members, long rows, int files) throws IOException {
		InputGenerator.Settings settings = new InputGenerator.Settings(members, rows, files, 0.01, seed,
				LocalDate.of(2026, 11, 24), false);
		return new InputGenerator(settings, Files.readAllLines(CATALOG, StandardCharsets.UTF_8)).writeTo(to, CATALOG);
	}

	@Test
	void writesTheRequestedScaleInTheSpecsFormats() throws IOException {
		long rows = generate(this.dir, 1, 300, 30_000, 12);

		assertThat(rows).isBetween(25_000L, 40_000L);
		assertThat(Files.readAllLines(this.dir.resolve("members/members.csv"))).hasSize(301)
			.first().isEqualTo("member_id,name,birth_date,other_names");
		assertThat(Files.readString(this.dir.resolve("catalog/accredited-meetings.md"))).isEqualTo(Files.readString(CATALOG));
		List<Path> rosters = rosters(this.dir);
		assertThat(rosters).hasSize(12);
		long cp932 = 0;
		long dataRows = 0;
		for (Path roster : rosters) {
			byte[] bytes = Files.readAllBytes(roster);
			assertThat(RosterFileFormat.inspect(bytes).readable()).as(roster.toString()).isTrue();
			cp932 += TextEncoding.detect(bytes).orElseThrow().equals(TextEncoding.CP932) ? 1 : 0;
			String text = new String(bytes, TextEncoding.detect(bytes).orElseThrow());
			dataRows += text.lines().count() - 1;
		}
		assertThat(cp932).as("Excel exports in CP932").isBetween(2L, 6L);
		assertThat(dataRows).isEqualTo(rows);
	}

	@Test
	void isDeterministicForASeed() throws IOException {
		generate(this.dir.resolve("a"), 9, 50, 3000, 4);
		generate(this.dir.resolve("b"), 9, 50, 3000, 4);
		generate(this.dir.resolve("c"), 10, 50, 3000, 4);
		List<String> a = contents(this.dir.resolve("a"));
		assertThat(contents(this.dir.resolve("b"))).isEqualTo(a);
		assertThat(contents(this.dir.resolve("c"))).isNotEqualTo(a);
	}

	static List<Path> rosters(Path input) throws IOException {
		try (Stream<Path> files = Files.list(input.resolve("rosters"))) {
			return files.sorted().toList();
		}
	}

	static List<String> contents(Path input) throws IOException {
		List<String> contents = new ArrayList<>();
		for (Path roster : rosters(input)) {
			contents.add(roster.getFileName() + ":" + java.util.Arrays.hashCode(Files.readAllBytes(roster)));
		}
		contents.add(Files.readString(input.resolve("members/certifications.csv")));
		return contents;
	}

}
