package jp.or.jrs.renewal.credits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.PublishedCatalog;
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
	void aReadAheadGivesTheBookTheReadWouldHaveAndItsFailureAsItIs() throws Exception {
		Runnable ahead = RuleBook.readAhead(Path.of("jobs/rules"));
		Thread thread = new Thread(ahead);
		thread.start();
		RuleBook book = RuleBook.read(Path.of("jobs/rules"));
		thread.join();
		assertThat(book.digest()).isEqualTo(RuleBook.read(Path.of("jobs/rules")).digest());

		Files.writeString(this.dir.resolve("bad.yaml"), "version: bad\ncertifications: [BOARD]\n");
		RuleBook.readAhead(this.dir).run();
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("bad.yaml");
	}

	@Test
	void aReadAheadOfTheFolderSpeltOtherwiseIsNotTakenSoMessagesNameTheFolderAsGiven() throws IOException {
		Files.writeString(this.dir.resolve("bad.yaml"), "version: bad\ncertifications: [BOARD]\n");
		RuleBook.readAhead(this.dir.resolve(".")).run();
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageNotContaining("/./");
		RuleBook.forgetReadAhead();
	}

	@Test
	void aReadAheadIsTakenOnceAndAForgottenOneNotAtAll() throws IOException {
		Files.copy(Path.of("jobs/rules/board-2026.yaml"), this.dir.resolve("board.yaml"));
		RuleBook.readAhead(this.dir).run();
		Files.delete(this.dir.resolve("board.yaml"));
		assertThat(RuleBook.read(this.dir).certifications()).containsExactly("BOARD");
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("holds no .yaml rule file");

		Files.copy(Path.of("jobs/rules/board-2026.yaml"), this.dir.resolve("board.yaml"));
		RuleBook.readAhead(this.dir).run();
		RuleBook.forgetReadAhead();
		Files.delete(this.dir.resolve("board.yaml"));
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("holds no .yaml rule file");
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

	@Test
	void stopsAtATopicItDoesNotKnowWithTheFileTheLineAndTheTopicsThereAre() throws IOException {
		Files.writeString(this.dir.resolve("typo.yaml"), Files.readString(Path.of("jobs/rules/society-2012.yaml"))
			.replaceFirst("topics: \\[\"医療安全・放射線防護\"\\]", "topics: [\"医療安全・放射線防御\"]"));
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("typo.yaml, line 44")
			.hasMessageContaining("'医療安全・放射線防御' is not a topic")
			.hasMessageContaining("the topics are 医療安全・放射線防護, 医療倫理");
	}

	@Test
	void stopsAtACreditTypeItDoesNotKnow() throws IOException {
		Files.writeString(this.dir.resolve("typo.yaml"), Files.readString(Path.of("jobs/rules/society-2012.yaml"))
			.replaceFirst("credit-types: \\[ATTENDANCE\\], society-required: true",
					"credit-types: [ATTENDENCE], society-required: true"));
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("typo.yaml, line 24")
			.hasMessageContaining("'ATTENDENCE' is not a credit type; the credit types are ATTENDANCE, SOCIETY_LECTURE");
	}

	@Test
	void stopsAtATopicThatItsCreditTypeDoesNotTake() throws IOException {
		Files.writeString(this.dir.resolve("typo.yaml"), Files.readString(Path.of("jobs/rules/society-2012.yaml"))
			.replaceFirst("topics: \\[\"医療倫理\"\\]", "topics: [\"感染対策\"]"));
		assertThatThrownBy(() -> RuleBook.read(this.dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("typo.yaml, line 49")
			.hasMessageContaining("'感染対策' is not a topic of [SOCIETY_LECTURE]; their topics are 医療安全・放射線防護, 医療倫理");
	}

	@Test
	void checksTheGroupsAndCategoriesItNamesAgainstTheCatalog() throws IOException {
		List<Meeting> catalog = PublishedCatalog.read(Path.of("input/catalog/accredited-meetings.md"),
				Path.of("jobs/catalog-corrections.csv")).meetings();
		RuleBook.read(Path.of("jobs/rules")).checkAgainst(catalog);

		Files.writeString(this.dir.resolve("typo.yaml"), Files.readString(Path.of("jobs/rules/society-2012.yaml"))
			.replace("groups: [\"4-1\"]", "groups: [\"4-l\"]"));
		RuleBook typo = RuleBook.read(this.dir);
		assertThatThrownBy(() -> typo.checkAgainst(catalog)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("typo.yaml, line 81: group '4-l' is not one of the catalog; its groups are ")
			.hasMessageContaining("4-1");
		Files.writeString(this.dir.resolve("typo.yaml"), Files.readString(Path.of("jobs/rules/society-2012.yaml"))
			.replaceFirst("categories: \\[1\\]", "categories: [11]"));
		RuleBook category = RuleBook.read(this.dir);
		assertThatThrownBy(() -> category.checkAgainst(catalog)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("category '11' is not one of the catalog; its categories are 1, 10, 2");
	}

}
