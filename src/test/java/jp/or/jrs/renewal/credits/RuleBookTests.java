package jp.or.jrs.renewal.credits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.support.InputFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookTests {

	@TempDir
	Path dir;

	@Test
	void readsTheShippedRuleVersions() {
		RuleBook book = RuleBook.read(Path.of("jobs/rules"));
		assertThat(book.versions()).extracting(RuleVersion::version).containsExactly("board-2019", "board-2026",
				"society-2012");
		assertThat(book.certifications()).containsExactly("BOARD", "SOCIETY_DIAGNOSTIC", "SOCIETY_THERAPEUTIC");
		assertThat(book.rulesFor("BOARD", 2025).version().version()).isEqualTo("board-2019");
		assertThat(book.rulesFor("BOARD", 2026).version().version()).isEqualTo("board-2026");
		assertThat(book.rulesFor("SOCIETY_THERAPEUTIC", 1999).version().version()).isEqualTo("society-2012");
		assertThat(book.rulesFor("UNKNOWN", 2026)).isNull();
	}

	@Test
	void refusesTwoVersionsForTheSameYears() throws IOException {
		Files.copy(Path.of("jobs/rules/board-2026.yaml"), this.dir.resolve("a.yaml"));
		Files.writeString(this.dir.resolve("b.yaml"),
				Files.readString(Path.of("jobs/rules/board-2026.yaml")).replace("version: board-2026", "version: board-2030"));
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("both judge BOARD");
	}

	@Test
	void namesTheFileAndPropertyThatDoesNotRead() throws IOException {
		Files.writeString(this.dir.resolve("bad.yaml"), """
				version: bad
				certifications:
				  - certification: BOARD
				    requirements:
				      - code: X
				        measure: lecture-hours
				""");
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("bad.yaml")
			.hasMessageContaining("measure")
			.hasMessageContaining("lecture-hours");
	}

	@Test
	void refusesATotalOfUnknownRequirements() throws IOException {
		Files.writeString(this.dir.resolve("bad.yaml"), """
				version: bad
				certifications:
				  - certification: BOARD
				    requirements:
				      - code: TOTAL_UNITS
				        measure: total
				        of: [CLINICAL_UNITS]
				""");
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("CLINICAL_UNITS, which is not an earlier requirement");
	}

}
