package jp.or.jrs.renewal.catalog;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A night reads the catalog twice (the rule files' check, then the catalog step); the second read of the
 * same bytes takes the first one's meetings, and any other bytes are read afresh.
 */
class PublishedCatalogTests {

	@TempDir
	Path folder;

	@Test
	void theSameBytesReadAgainGiveTheMeetingsAlreadyRead() throws Exception {
		Path table = Files.copy(Path.of("input/catalog/accredited-meetings.md"), this.folder.resolve("catalog.md"));
		Path corrections = Files.copy(Path.of("jobs/catalog-corrections.csv"), this.folder.resolve("corrections.csv"));

		PublishedCatalog first = PublishedCatalog.read(table, corrections);

		assertThat(PublishedCatalog.read(table, corrections)).isSameAs(first);
		assertThat(first.meetings()).hasSizeGreaterThan(300);
	}

	@Test
	void aTableOrCorrectionsEditedSinceAreReadAfresh() throws Exception {
		Path table = Files.copy(Path.of("input/catalog/accredited-meetings.md"), this.folder.resolve("catalog.md"));
		Path corrections = this.folder.resolve("corrections.csv");
		PublishedCatalog first = PublishedCatalog.read(table, corrections);
		assertThat(unitsOfTheCongress(first)).isEqualByComparingTo("15");

		Files.writeString(table, Files.readString(table).replace("| 日本医学放射線学会 総会 | 必須 | 15 |",
				"| 日本医学放射線学会 総会 | 必須 | 16 |"));
		PublishedCatalog edited = PublishedCatalog.read(table, corrections);
		Files.writeString(corrections, "meeting,field,value,reason\n日本医学放射線学会 総会,society_units,14,test\n");
		PublishedCatalog corrected = PublishedCatalog.read(table, corrections);

		assertThat(unitsOfTheCongress(edited)).isEqualByComparingTo("16");
		assertThat(unitsOfTheCongress(corrected)).isEqualByComparingTo("14");
		assertThat(corrected.corrections().corrections()).hasSize(1);
	}

	@Test
	void aTableThatIsNotUtf8StillStopsTheRead() throws Exception {
		Path table = this.folder.resolve("catalog.md");
		Files.write(table, "| 分類1 | JRS総会 |".getBytes(Charset.forName("MS932")));

		assertThatThrownBy(() -> PublishedCatalog.read(table, this.folder.resolve("none.csv")))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessage("Cannot read " + table);
	}

	private static BigDecimal unitsOfTheCongress(PublishedCatalog catalog) {
		return catalog.meetings()
			.stream()
			.filter(m -> m.name().equals("日本医学放射線学会 総会"))
			.findFirst()
			.orElseThrow()
			.societyUnits();
	}

}
