package jp.or.jrs.renewal.support;

/**
 * What was asked cannot be done as asked (a run that does not exist, a step that cannot be rerun, a file
 * the ledger does not hold, an argument that does not read); nothing was changed. The message says what
 * would be right. The command line answers it with exit status 2.
 */
public class RefusedException extends RuntimeException {

	public RefusedException(String message) {
		super(message);
	}

}
