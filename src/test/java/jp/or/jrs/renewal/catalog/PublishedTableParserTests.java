package jp.or.jrs.renewal.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published table as shipped in {@code input/catalog/}, with every quirk of spec §2. */
class PublishedTableParserTests {

	static List<Meeting> meetings;

	@BeforeAll
	static void parseShippedTable() throws IOException {
		meetings = new PublishedTableParser()
			.parse(Files.readAllLines(Path.of("input/catalog/accredited-meetings.md"), StandardCharsets.UTF_8));
	}

	static Meeting named(String name) {
		return meetings.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(
				() -> new AssertionError("no meeting named " + name));
	}

	@Test
	void countsMeetingsPerCategory() {
		Map<Integer, Long> perCategory = meetings.stream()
			.collect(Collectors.groupingBy(Meeting::category, TreeMap::new, Collectors.counting()));
		assertThat(meetings).hasSize(342);
		assertThat(perCategory).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 2L, 2, 7L, 3, 8L, 4, 7L, 5, 2L, 6, 15L,
				7, 20L, 8, 40L, 9, 239L, 10, 2L)));
	}

	@Test
	void keepsSubGroupsAndRegionsAcrossPageBreaks() {
		Map<String, Long> perGroup = meetings.stream()
			.filter(m -> !m.group().isEmpty())
			.collect(Collectors.groupingBy(Meeting::group, TreeMap::new, Collectors.counting()));
		assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("3-1", 4L),
				Map.entry("3-2", 4L), Map.entry("4-1", 1L), Map.entry("4-2", 4L), Map.entry("4-3", 2L),
				Map.entry("7-1", 6L), Map.entry("7-2", 14L), Map.entry("北日本地区", 48L), Map.entry("関東地区", 54L),
				Map.entry("中部地区", 18L), Map.entry("関西地区", 41L), Map.entry("中国・四国地区", 30L),
				Map.entry("九州地区", 48L)));
		// 福島県核医学研究会 follows a page break inside 北日本地区.
		assertThat(named("福島県核医学研究会").group()).isEqualTo("北日本地区");
		assertThat(named("日本放射線腫瘍学会").group()).isEqualTo("4-1");
	}

	@Test
	void readsTheRequiredMeetings() {
		assertThat(meetings.stream().filter(Meeting::societyRequired).map(Meeting::name)).containsExactly(
				"日本医学放射線学会 総会", "日本医学放射線学会 秋季臨床大会", "日本医学放射線学会北日本地方会", "日本医学放射線学会関東地方会",
				"日本医学放射線学会中部地方会", "日本医学放射線学会関西地方会", "日本医学放射線学会中国・四国地方会", "日本医学放射線学会九州地方会",
				"日本放射線腫瘍学会", "日本放射線腫瘍学会夏季セミナー", "JCRウィンターセミナー", "JCRミッドサマーセミナー");
	}

	@Test
	void readsUnitsBlankUnitsAndZero() {
		Meeting congress = named("日本医学放射線学会 総会");
		assertThat(congress.category()).isEqualTo(1);
		assertThat(congress.societyUnits()).isEqualByComparingTo("15");
		assertThat(congress.boardUnits()).isEqualByComparingTo("3");
		assertThat(congress.lectureCap()).isEqualByComparingTo("12");
		Meeting noSocietyUnits = named("日本肝臓研究会");
		assertThat(noSocietyUnits.societyUnits()).isNull();
		assertThat(noSocietyUnits.boardUnits()).isEqualByComparingTo("1");
		Meeting zeroBoard = named("胸部放射線研究会");
		assertThat(zeroBoard.boardUnits()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(named("Radiological Society of North America (RSNA)").lectureCap()).isZero();
		assertThat(meetings.stream().filter(m -> m.societyUnits() == null).map(Meeting::name)).containsExactlyInAnyOrder(
				"日本放射線腫瘍学会生物学セミナー", "日本放射線腫瘍学会放射線治療・物理学セミナー",
				"European Society of Therapeutic Radiation & Oncology (ESTRO) School",
				"International Stereotactic Radiosurgery Society Congress (ISRS)", "日本肝臓研究会");
	}

	@Test
	void readsTheNameFromTheFirstCellOnTheLastPage() {
		Meeting kyushuPet = named("九州PET研究会");
		assertThat(kyushuPet.group()).isEqualTo("九州地区");
		assertThat(kyushuPet.societyUnits()).isEqualByComparingTo("3");
		assertThat(named("日本脳神経血管内治療学会九州地方会").formerNames()).containsExactly("日本脳神経血管内治療学会九州・山口地方会");
	}

	@Test
	void readsInlineFormerNamesWithOrWithoutNotes() {
		assertThat(named("日本腹部放射線学会").formerNames()).containsExactly("腹部放射線研究会(日医放)");
		assertThat(named("日本生体医工学会").formerNames()).containsExactly("日本ME学会");
		assertThat(named("RFA・凍結療法研究会").formerNames()).containsExactly("RFA談話会");
		assertThat(named("茨城放射線腫瘍研究会(Ibaraki Society for Therapeutic Radiology and Oncology)").formerNames())
			.containsExactly("茨城県放射線治療研究会");
	}

	@Test
	void readsFormerNamesOnContinuationRows() {
		assertThat(named("American Society for Radiation Oncology").formerNames())
			.containsExactly("American Society of Therapeutic Radiation & Oncology (ASTRO)");
		assertThat(named("European Society for Radiotherapy & Oncology").formerNames())
			.containsExactly("European Society of Therapeutic Radiation & Oncology (ESTRO)");
		assertThat(named("European Society of Therapeutic Radiation & Oncology (ESTRO) School").formerNames()).isEmpty();
	}

	@Test
	void readsSeveralFormerNamesAndMergedMeetings() {
		assertThat(named("Society of Advanced Medical Imaging").formerNames()).containsExactly("Advanced CT・MR研究会",
				"三次元CT・MRI研究会", "日本MRアンギオグラフィ研究会", "医用デジタル動画研究会");
		assertThat(named("中国四国IVR研究会").formerNames()).containsExactly("日本IVR学会 中国四国地方会", "中・四国アンギオカンファレンス");
		// A ・ inside a name that is not a merger stays.
		assertThat(named("奈良県医師会放射線部会学術講演会").formerNames()).containsExactly("奈良県医師会放射線部会総会・学術講演会");
		assertThat(named("病理・放射線研究会").formerNames()).containsExactly("病理と放射線診断のタペ");
	}

	@Test
	void readsRenamesWrittenWithAnArrow() {
		assertThat(named("SNMMI").formerNames()).containsExactly("Society of Nuclear Medicine (SNM)");
	}

	@Test
	void dropsAFormerNameEqualToTheCurrentOne() {
		assertThat(named("北海道画像診断カンファレンス").formerNames()).isEmpty();
		assertThat(named("多摩画像医学カンファレンス").formerNames()).isEmpty();
		assertThat(named("名古屋レントゲンカンファレンス").formerNames()).isEmpty();
	}

	@Test
	void keepsANameThatIsAlsoAFormerNameOfAnotherMeeting() {
		assertThat(named("北大阪Radiologyカンファレンス").formerNames()).containsExactly("大阪放射線医学研究会");
		assertThat(named("大阪放射線医学研究会").group()).isEqualTo("関西地区");
	}

	@Test
	void readsNameCellsByTheGeneralRules() {
		assertThat(PublishedTableParser.parseNameCell("Ａ研究会（名称変更）　←  Ｂ研究会 ^p 東京"))
			.isEqualTo(new PublishedTableParser.NameCell("Ａ研究会", List.of("Ｂ研究会東京")));
		assertThat(PublishedTableParser.parseNameCell("X→Y ？"))
			.isEqualTo(new PublishedTableParser.NameCell("Y", List.of("X")));
		assertThat(PublishedTableParser.parseNameCell("新研究会(合併) ← 甲研究会・乙・丙研究会"))
			.isEqualTo(new PublishedTableParser.NameCell("新研究会", List.of("甲研究会", "乙・丙研究会")));
	}

	@Test
	void namesTheLineOfWhatItCannotRead() {
		List<String> table = List.of("| 分類1 | t | | | 分類1 | | |", "| | 総会 | 必須 | 15 | x | 12 | |");
		assertThatThrownBy(() -> new PublishedTableParser().parse(table)).isInstanceOf(CatalogFormatException.class)
			.hasMessageContaining("line 2").hasMessageContaining("参加単位数");
	}

}
