package jp.or.jrs.renewal.roster;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.TableHeader;
import jp.or.jrs.renewal.support.TextEncoding;

/**
 * Whether a roster file can be read at all (spec §5, line 0 problems): text in a supported encoding,
 * with a header line naming every required column once. A file that cannot is rejected as a whole, and
 * all its data rows count as rejected.
 */
public final class RosterFileFormat {

	private RosterFileFormat() {
	}

	/** The verdict on a whole file: its encoding, or its problems and how many data rows it has. */
	public record Inspection(Charset charset, List<Problem> problems, int dataRows) {

		public boolean readable() {
			return this.problems.isEmpty();
		}

	}

	/** A byte order mark of UTF-16, or ASCII text every other byte of which is NUL. */
	static boolean isUtf16(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			return true;
		}
		int pairs = Math.min(bytes.length / 2, 256);
		int nulHalves = 0;
		for (int i = 0; i < pairs; i++) {
			if ((bytes[2 * i] == 0) != (bytes[2 * i + 1] == 0)) {
				nulHalves++;
			}
		}
		return pairs >= 4 && nulHalves == pairs;
	}

	/** No text file has a NUL byte; a spreadsheet or an image saved as .csv has many. */
	static boolean hasNul(byte[] bytes) {
		for (int i = 0, n = Math.min(bytes.length, 65_536); i < n; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	public static Inspection inspect(byte[] bytes) {
		if (isUtf16(bytes)) {
			return new Inspection(null, List.of(Problem.ofFile("FILE_UNREADABLE", new Message(
					"UTF-16 (Unicode テキスト) のファイルです。Excel で「CSV UTF-8」または「CSV (コンマ区切り)」として保存してください",
					"the file is UTF-16 (\"Unicode text\"); save it from Excel as \"CSV UTF-8\" or \"CSV (comma delimited)\""))),
					0);
		}
		if (hasNul(bytes)) {
			return new Inspection(null, List.of(Problem.ofFile("FILE_UNREADABLE", new Message(
					"テキストのファイルではありません(バイナリです)。名簿は CSV で保存してください",
					"the file is not text (it is binary); save the roster as CSV"))), 0);
		}
		Optional<Charset> charset = TextEncoding.detect(bytes);
		if (charset.isEmpty()) {
			return new Inspection(null, List.of(Problem.ofFile("FILE_UNREADABLE", new Message(
					"UTF-8 でも CP932 (Shift_JIS) でもないファイルです。Excel で「CSV UTF-8」または「CSV (コンマ区切り)」として"
							+ "保存してください",
					"the file is neither UTF-8 nor CP932 (Shift_JIS) text; save it from Excel as \"CSV UTF-8\" "
							+ "or \"CSV (comma delimited)\""))),
					countDataRows(bytes, StandardCharsets.UTF_8));
		}
		try (LineNumberedCsvReader reader = InputFiles.open(bytes, charset.get())) {
			CsvRow headerRow = reader.nextNonBlank();
			if (headerRow == null) {
				return new Inspection(null, List.of(Problem.ofFile("FILE_UNREADABLE", new Message(
						"ファイルが空です。見出し行(1行目に列の名前)がありません",
						"the file is empty: it has no header line (the first line names the columns)"))), 0);
			}
			if (headerRow.isMalformed()) {
				return new Inspection(null,
						List.of(Problem.ofFile("BAD_HEADER", new Message("見出し行の CSV の形式が正しくありません: ",
								"the header line is not well-formed CSV: ").plus(headerRow.malformed()))),
						countDataRows(bytes, charset.get()));
			}
			TableHeader.Parsed<RosterColumn> header = TableHeader.parse(headerRow.cells(), RosterColumn.class);
			if (header.header() == null) {
				return new Inspection(null, header.problems(), countRemaining(reader));
			}
			return new Inspection(charset.get(), List.of(), -1);
		}
	}

	private static int countDataRows(byte[] bytes, Charset charset) {
		try (LineNumberedCsvReader reader = InputFiles.open(bytes, charset)) {
			return (reader.nextNonBlank() == null) ? 0 : countRemaining(reader);
		}
	}

	private static int countRemaining(LineNumberedCsvReader reader) {
		int rows = 0;
		while (reader.nextNonBlank() != null) {
			rows++;
		}
		return rows;
	}

}
