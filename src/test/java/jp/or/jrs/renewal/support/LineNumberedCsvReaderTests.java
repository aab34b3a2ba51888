package jp.or.jrs.renewal.support;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineNumberedCsvReaderTests {

	static List<CsvRow> read(String text) {
		List<CsvRow> rows = new ArrayList<>();
		try (LineNumberedCsvReader reader = new LineNumberedCsvReader(new BufferedReader(new StringReader(text)))) {
			for (CsvRow row = reader.nextNonBlank(); row != null; row = reader.nextNonBlank()) {
				rows.add(row);
			}
		}
		return rows;
	}

	static String describe(CsvRow row) {
		return row.line() + ":" + (row.isMalformed() ? "MALFORMED" : String.join("|", row.cells()));
	}

	@Test
	void keepsPhysicalLineNumbersAcrossBlankLinesAndMultiLineCells() {
		List<CsvRow> rows = read("a,b\r\n\r\n1,\"x\r\ny\"\r\n,\r\n2,\"he said \"\"hi\"\"\"\r\n3,z");
		assertThat(rows).extracting(LineNumberedCsvReaderTests::describe)
			.containsExactly("1:a|b", "3:1|x\ny", "6:2|he said \"hi\"", "7:3|z");
	}

	@Test
	void aCellEqualToTheOneAboveItIsItsStringAgain() {
		List<CsvRow> rows = read("0010001,日本医学放射線学会 総会,2025-04-10,\n0010002,日本医学放射線学会 総会,2025-04-11,x\n"
				+ "0010003,日本医学放射線学会 秋季,2025-04-11\n0010004,日本医学放射線学会 秋季,2025-04-11,,\n");
		assertThat(rows).extracting(LineNumberedCsvReaderTests::describe).containsExactly(
				"1:0010001|日本医学放射線学会 総会|2025-04-10|", "2:0010002|日本医学放射線学会 総会|2025-04-11|x",
				"3:0010003|日本医学放射線学会 秋季|2025-04-11", "4:0010004|日本医学放射線学会 秋季|2025-04-11||");
		assertThat(rows.get(1).cells()[1]).isSameAs(rows.get(0).cells()[1]);
		assertThat(rows.get(2).cells()[1]).isNotSameAs(rows.get(1).cells()[1]);
		assertThat(rows.get(2).cells()[2]).isSameAs(rows.get(1).cells()[2]);
		assertThat(rows.get(3).cells()[1]).isSameAs(rows.get(2).cells()[1]);
	}

	@Test
	void dropsTheByteOrderMark() {
		assertThat(read("\uFEFFmember_id,meeting\n1,x\n")).extracting(LineNumberedCsvReaderTests::describe)
			.containsExactly("1:member_id|meeting", "2:1|x");
	}

	@Test
	void reportsTextAfterAClosingQuoteAndCarriesOn() {
		assertThat(read("a,b\n\"x\"y,1\n2,3\n")).extracting(LineNumberedCsvReaderTests::describe)
			.containsExactly("1:a|b", "2:MALFORMED", "3:2|3");
	}

	@Test
	void reportsAQuoteThatNeverClosesAndResumesOnTheNextLine() {
		assertThat(read("a,b\n\"x,1\n2,3\n4,5\n")).extracting(LineNumberedCsvReaderTests::describe)
			.containsExactly("1:a|b", "2:MALFORMED", "3:2|3", "4:4|5");
	}

	@Test
	void reportsAQuoteInsideAnUnquotedCellOrSpacesAfterAClosingQuote() {
		assertThat(read("5\"x,1\n\"001\" ,2\n2,3\n")).extracting(LineNumberedCsvReaderTests::describe)
			.containsExactly("1:MALFORMED", "2:MALFORMED", "3:2|3");
	}

	@Test
	void aRowOfSpacesIsADataRow() {
		assertThat(read("a,b\n , \n,\n")).extracting(LineNumberedCsvReaderTests::describe)
			.containsExactly("1:a|b", "2: | ");
	}

	@Test
	void aQuotedCellMaySpanManyLines() {
		String note = "line\n".repeat(120);
		List<CsvRow> rows = read("a,b\n1,\"" + note + "\"\n2,3\n");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).cells()[1]).isEqualTo(note);
		assertThat(rows.get(2).line()).isEqualTo(123);
	}

	@Test
	void limitsHowFarAnOpenQuoteReaches() {
		StringBuilder text = new StringBuilder("\"open,1\n");
		for (int i = 0; i < LineNumberedCsvReader.MAX_RECORD_LINES + 5; i++) {
			text.append("row,").append(i).append('\n');
		}
		List<CsvRow> rows = read(text.toString());
		assertThat(rows.get(0).isMalformed()).isTrue();
		assertThat(rows).hasSize(LineNumberedCsvReader.MAX_RECORD_LINES + 6);
		assertThat(describe(rows.get(1))).isEqualTo("2:row|0");
	}

}
