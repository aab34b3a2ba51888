package jp.or.jrs.renewal.job;

/** The command line asks for something the program cannot do; the message says what would be right. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
