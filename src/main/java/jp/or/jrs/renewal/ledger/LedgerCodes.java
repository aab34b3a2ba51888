package jp.or.jrs.renewal.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private static final Map<String, Integer> CREDIT_TYPE_CODES = codes(CREDIT_TYPES);

	private static final Map<String, Integer> TOPIC_CODES = codes(TOPICS);

	private LedgerCodes() {
	}

	public static int creditType(String name) {
		return code(CREDIT_TYPE_CODES, name);
	}

	public static int topic(String name) {
		return code(TOPIC_CODES, name);
	}

	private static Map<String, Integer> codes(List<String> names) {
		Map<String, Integer> codes = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			codes.put(names.get(i), i);
		}
		return Map.copyOf(codes);
	}

	private static int code(Map<String, Integer> codes, String name) {
		Integer code = codes.get(name);
		if (code == null) {
			throw new IllegalArgumentException("'" + name + "' has no ledger code");
		}
		return code;
	}

}
