package jp.or.jrs.renewal.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.or.jrs.renewal.support.NameKey;

/**
 * The topics of lectures (spec §3), as rosters and rule files write them. A topic is compared as a
 * {@link NameKey}, so {@code 医療の質：診断} is {@code 医療の質:診断}; reports and the ledger keep the
 * spelling given here. Which credit type takes which topics is {@link CreditType}'s.
 * <p>
 * {@link #code()} is what the ledger stores: codes are never changed or reused, only appended.
 */
public enum Topic {

	/** Attendance has no topic. */
	NONE(0, ""),

	RADIATION_SAFETY(1, "医療安全・放射線防護"),

	ETHICS(2, "医療倫理"),

	QUALITY_DIAGNOSTIC(3, "医療の質:診断"),

	QUALITY_THERAPEUTIC(4, "医療の質:治療"),

	SAFETY(5, "医療安全"),

	INFECTION_CONTROL(6, "感染対策"),

	LAW(7, "医療法制"),

	COMMUNITY_MEDICINE(8, "地域医療"),

	WELFARE(9, "医療福祉制度"),

	ECONOMICS(10, "医療経済"),

	WORK_AND_TREATMENT(11, "両立支援"),

	DIAGNOSTIC(12, "診断"),

	THERAPEUTIC(13, "治療"),

	DIAGNOSTIC_AND_THERAPEUTIC(14, "診断・治療");

	private static final Topic[] BY_CODE = new Topic[values().length];

	/** Every topic by its label, as written and as a name key. */
	private static final Map<String, Topic> BY_LABEL = new HashMap<>();

	static {
		for (Topic topic : values()) {
			BY_CODE[topic.code] = topic;
			if (topic != NONE) {
				BY_LABEL.put(topic.label, topic);
				BY_LABEL.put(NameKey.of(topic.label), topic);
			}
		}
	}

	private final int code;

	private final String label;

	Topic(int code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The ledger's code. */
	public int code() {
		return this.code;
	}

	/** The topic as reports write it: {@code 医療倫理}. */
	public String label() {
		return this.label;
	}

	public static Topic ofCode(int code) {
		if (code < 0 || code >= BY_CODE.length) {
			throw new IllegalArgumentException("no topic has the ledger code " + code);
		}
		return BY_CODE[code];
	}

	/** The topic a roster cell or a rule file names, however its colon or spaces are written. */
	public static Optional<Topic> of(String text) {
		Topic topic = BY_LABEL.get(text);
		return Optional.ofNullable((topic != null) ? topic : BY_LABEL.get(NameKey.of(text)));
	}

	/** For rule files: the topic, or a message that lists the topics there are. */
	public static Topic parse(String text) {
		return of(text).orElseThrow(
				() -> new IllegalArgumentException("'" + text + "' is not a topic; the topics are " + labels(ALL)));
	}

	/** Every topic but {@link #NONE}. */
	public static final List<Topic> ALL = Arrays.asList(values()).subList(1, values().length);

	static String labels(List<Topic> topics) {
		return String.join(", ", topics.stream().map(Topic::label).toList());
	}

	@Override
	public String toString() {
		return this.label;
	}

}
