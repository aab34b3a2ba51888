package jp.or.jrs.renewal.catalog;

/** The published table (or the corrections list) cannot be read; the message names the line. */
public class CatalogFormatException extends RuntimeException {

	public CatalogFormatException(String message) {
		super(message);
	}

}
