package jp.or.jrs.renewal.support;

/**
 * One problem found in an input file, as written to a reject report: the physical line where the row
 * starts (0 for the whole file), the column as the file names it, a code, a message for the person who
 * fixes the file, and the value as it was sent.
 */
public record Problem(int line, String column, String code, String message, String value) {

	public static final String[] HEADER = { "line", "column", "code", "message", "value" };

	public static Problem ofFile(String code, String message) {
		return new Problem(0, "", code, message, "");
	}

	public Object[] cells() {
		return new Object[] { this.line, this.column, this.code, this.message, this.value };
	}

}
