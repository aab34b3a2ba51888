package jp.or.jrs.renewal.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTests {

	@Test
	void neutralisesCellsExcelWouldRunAsFormulas() {
		assertThat(ReportCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(ReportCsv.safe("+81-3")).isEqualTo("'+81-3");
		assertThat(ReportCsv.safe("-abc")).isEqualTo("'-abc");
		assertThat(ReportCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ReportCsv.safe("\tx")).isEqualTo("'\tx");
		assertThat(ReportCsv.safe("\rx")).isEqualTo("'\rx");
	}

	@Test
	void leavesNumbersAndOrdinaryTextAlone() {
		assertThat(ReportCsv.safe("-12.5")).isEqualTo("-12.5");
		assertThat(ReportCsv.safe("+3")).isEqualTo("+3");
		assertThat(ReportCsv.safe("日本医学放射線学会 総会")).isEqualTo("日本医学放射線学会 総会");
		assertThat(ReportCsv.safe("a=b")).isEqualTo("a=b");
		assertThat(ReportCsv.safe(null)).isEmpty();
	}

	@Test
	void writesQuotedCellsAndLfLineEnds() {
		assertThat(ReportCsv.line("a,b", "x\"y", 3)).isEqualTo("\"a,b\",\"x\"\"y\",3\n");
	}

	@Test
	void appendsLinesAfterWhatIsThereAsLineWritesThem() {
		StringBuilder lines = new StringBuilder("member_id\n");
		ReportCsv.append(lines, "0010001", "=1+1", "a,b");
		ReportCsv.append(lines, "0010002", null, 3);

		assertThat(lines).hasToString("member_id\n" + ReportCsv.line("0010001", "=1+1", "a,b")
				+ ReportCsv.line("0010002", null, 3));
		assertThat(lines).hasToString("member_id\n0010001,'=1+1,\"a,b\"\n0010002,,3\n");
	}

	@Test
	void writesEveryCellAsCommonsCsvDoes() throws IOException {
		String alphabet = "a0#\"', \t\r\n=+-@!日\u00a0";
		Random random = new Random(20261202);
		for (int n = 0; n < 100_000; n++) {
			Object[] cells = new Object[1 + random.nextInt(4)];
			for (int i = 0; i < cells.length; i++) {
				StringBuilder cell = new StringBuilder();
				for (int length = random.nextInt(5); length > 0; length--) {
					cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				cells[i] = cell.toString();
			}
			StringBuilder expected = new StringBuilder();
			for (int i = 0; i < cells.length; i++) {
				ReportCsv.FORMAT.print(ReportCsv.safe(cells[i]), expected, i == 0);
			}
			ReportCsv.FORMAT.println(expected);
			assertThat(ReportCsv.line(cells)).as(Arrays.toString(cells)).isEqualTo(expected.toString());
		}
	}

	@Test
	void printsNumbersWithoutTrailingZeros() {
		assertThat(Numbers.plain(new BigDecimal("60.0"))).isEqualTo("60");
		assertThat(Numbers.plain(new BigDecimal("12.50"))).isEqualTo("12.5");
		assertThat(Numbers.plain(new BigDecimal("0.0"))).isEqualTo("0");
		assertThat(Numbers.plain(null)).isEmpty();
	}

}
