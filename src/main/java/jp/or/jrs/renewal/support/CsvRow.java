package jp.or.jrs.renewal.support;

/**
 * One CSV record as the file holds it: the physical line it starts on and its cells, or, when it is not
 * well-formed CSV, why not.
 */
public record CsvRow(int line, String[] cells, Message malformed) {

	public static CsvRow wellFormed(int line, String[] cells) {
		return new CsvRow(line, cells, null);
	}

	public static CsvRow malformed(int line, Message reason) {
		return new CsvRow(line, new String[0], reason);
	}

	public boolean isMalformed() {
		return this.malformed != null;
	}

	/** A record whose cells are all empty is not a data row (a cell of spaces is not empty). */
	public boolean isBlank() {
		if (isMalformed()) {
			return false;
		}
		for (String cell : this.cells) {
			if (!cell.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	public String cell(int index) {
		return (index >= 0 && index < this.cells.length) ? this.cells[index] : "";
	}

}
