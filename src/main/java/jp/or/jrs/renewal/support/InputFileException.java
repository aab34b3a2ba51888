package jp.or.jrs.renewal.support;

/**
 * An input file the office maintains (catalog, members, certifications, rule files) is missing or
 * unusable as a whole. The night stops rather than judge everyone against a broken list.
 */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

}
