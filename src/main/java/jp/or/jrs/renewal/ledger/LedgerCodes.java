package jp.or.jrs.renewal.ledger;

import java.util.List;

/**
 * The small codes the ledger stores for credit types and topics, so its rows stay narrow (the tables
 * {@code credit_types} and {@code topics} hold the same lists, for the {@code ledger} view). A code is
 * its position in the list; 0 is none. Codes are never reordered, only appended.
 */
public final class LedgerCodes {

	public static final List<String> CREDIT_TYPES = List.of("", "ATTENDANCE", "SOCIETY_LECTURE", "COMMON_LECTURE",
			"DOMAIN_LECTURE");

	public static final List<String> TOPICS = List.of("", "医療安全・放射線防護", "医療倫理", "医療の質:診断", "医療の質:治療", "医療安全", "感染対策",
			"医療法制", "地域医療", "医療福祉制度", "医療経済", "両立支援", "診断", "治療", "診断・治療");

	private LedgerCodes() {
	}

	public static int creditType(String name) {
		return code(CREDIT_TYPES, name);
	}

	public static int topic(String name) {
		return code(TOPICS, name);
	}

	private static int code(List<String> names, String name) {
		int code = names.indexOf(name);
		if (code < 0) {
			throw new IllegalArgumentException("'" + name + "' has no ledger code");
		}
		return code;
	}

}
