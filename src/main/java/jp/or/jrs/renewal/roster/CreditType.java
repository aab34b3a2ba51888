package jp.or.jrs.renewal.roster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.or.jrs.renewal.support.NameKey;

/**
 * The kinds of credit a roster row gives (spec §3), each with the topics it accepts and whether the
 * row's units count. Topics are compared as {@link NameKey}s, so {@code 医療の質：診断} is
 * {@code 医療の質:診断}; the ledger keeps the spelling listed here.
 */
public enum CreditType {

	ATTENDANCE("参加", false, false),

	SOCIETY_LECTURE("必須講習", true, false, "医療安全・放射線防護", "医療倫理", "医療の質:診断", "医療の質:治療"),

	COMMON_LECTURE("共通講習", true, true, "医療安全", "感染対策", "医療倫理", "医療法制", "地域医療", "医療福祉制度", "医療経済",
			"両立支援"),

	DOMAIN_LECTURE("領域講習", true, true, "診断", "治療", "診断・治療");

	private final String japanese;

	private final boolean lecture;

	private final boolean hasUnits;

	private final List<String> topics;

	/** Every topic by its name key. */
	private final Map<String, String> topicsByKey = new HashMap<>();

	/** Every way a roster names a credit type, as typed and as a name key. */
	private static final Map<String, CreditType> BY_NAME = new HashMap<>();

	static {
		for (CreditType type : values()) {
			for (String name : List.of(type.name(), type.japanese)) {
				BY_NAME.put(name, type);
				BY_NAME.put(NameKey.of(name), type);
			}
			type.topics.forEach(topic -> {
				type.topicsByKey.put(topic, topic);
				type.topicsByKey.put(NameKey.of(topic), topic);
			});
		}
	}

	CreditType(String japanese, boolean lecture, boolean hasUnits, String... topics) {
		this.japanese = japanese;
		this.lecture = lecture;
		this.hasUnits = hasUnits;
		this.topics = List.of(topics);
	}

	/** The credit type a roster cell names, in English or Japanese; blank means attendance. */
	public static Optional<CreditType> of(String cell) {
		if (cell.isBlank()) {
			return Optional.of(ATTENDANCE);
		}
		CreditType type = BY_NAME.get(cell);
		return Optional.ofNullable((type != null) ? type : BY_NAME.get(NameKey.of(cell)));
	}

	public static String allowed() {
		return String.join(", ", Arrays.stream(values()).map(type -> type.name() + "/" + type.japanese).toList());
	}

	/** Lectures need a topic and a lecture id; attendance ignores both. */
	public boolean isLecture() {
		return this.lecture;
	}

	/** Common and domain lectures earn the units the roster gives; other rows ignore them. */
	public boolean hasUnits() {
		return this.hasUnits;
	}

	public List<String> topics() {
		return this.topics;
	}

	/** The topic as this type lists it, if the cell names one of its topics. */
	public Optional<String> topic(String cell) {
		String topic = this.topicsByKey.get(cell);
		return Optional.ofNullable((topic != null) ? topic : this.topicsByKey.get(NameKey.of(cell)));
	}

}
