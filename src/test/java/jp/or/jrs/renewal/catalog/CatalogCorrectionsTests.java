package jp.or.jrs.renewal.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogCorrectionsTests {

	@TempDir
	Path dir;

	final List<Meeting> meetings = List.of(CatalogIndexTests.meeting("M1", "甲研究会", "旧甲研究会"));

	@Test
	void theShippedListReadsAndChangesNothing() {
		CatalogCorrections shipped = CatalogCorrections.read(Path.of("jobs/catalog-corrections.csv"));
		assertThat(shipped.corrections()).isEmpty();
		assertThat(shipped.applyTo(this.meetings)).isEqualTo(this.meetings);
	}

	@Test
	void appliesCorrectionsByCurrentName() throws IOException {
		Path file = this.dir.resolve("c.csv");
		Files.writeString(file, """
				# comment
				meeting,field,value,reason
				甲 研究会,add_former_name,古甲研究会,renamed in 2001
				甲研究会,society_units,,no society units since 2024
				甲研究会,lecture_cap,2,
				""");
		CatalogCorrections corrections = CatalogCorrections.read(file);
		Meeting corrected = corrections.applyTo(this.meetings).get(0);
		assertThat(corrected.formerNames()).containsExactly("旧甲研究会", "古甲研究会");
		assertThat(corrected.societyUnits()).isNull();
		assertThat(corrected.lectureCap()).isEqualByComparingTo(BigDecimal.valueOf(2));
		assertThat(corrections.corrections().get(0).describe()).isEqualTo("甲 研究会: add_former_name = 古甲研究会 (renamed in 2001)");
	}

	@Test
	void refusesACorrectionOfAnUnknownMeeting() throws IOException {
		Path file = this.dir.resolve("c.csv");
		Files.writeString(file, "meeting,field,value,reason\n乙研究会,group,x,\n");
		assertThatThrownBy(() -> CatalogCorrections.read(file).applyTo(this.meetings))
			.isInstanceOf(CatalogFormatException.class).hasMessageContaining("line 2").hasMessageContaining("乙研究会");
	}

}
