package jp.or.jrs.renewal.support;

/**
 * One problem found in an input file, as written to a reject report: the physical line where the row
 * starts (0 for the whole file), the column as the file names it, a code, a message for the person who
 * fixes the file (Japanese and English: what is wrong and what would be right), and the value as it was
 * sent.
 */
public record Problem(int line, String column, String code, Message message, String value) {

	public static final String[] HEADER = { "line", "column", "code", "message", "value" };

	/** A cell of a few thousand characters helps nobody in a reject report; its start is shown. */
	static final int MAX_VALUE = 1000;

	static final int MAX_MESSAGE = 2000;

	public Problem {
		column = clip(column, 200);
		message = new Message(clip(message.ja(), MAX_MESSAGE), clip(message.en(), MAX_MESSAGE));
		value = clip(value, MAX_VALUE);
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	public static Problem ofFile(String code, Message message) {
		return new Problem(0, "", code, message, "");
	}

	/** The row of a reject report: {@code line,column,code,message,value}, the message in both languages. */
	public Object[] cells() {
		return new Object[] { this.line, this.column, this.code, this.message.bilingual(), this.value };
	}

}
