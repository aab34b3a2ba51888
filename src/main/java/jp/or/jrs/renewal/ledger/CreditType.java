package jp.or.jrs.renewal.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.or.jrs.renewal.support.NameKey;

/**
 * The kinds of credit a roster row gives (spec §3), each with the topics it takes and whether the row's
 * units count. Rosters name a type in English or Japanese; rule files and reports by its English name.
 * <p>
 * {@link #code()} is what the ledger stores: codes are never changed or reused, only appended.
 */
public enum CreditType {

	ATTENDANCE(1, "参加", false, false),

	SOCIETY_LECTURE(2, "必須講習", true, false, Topic.RADIATION_SAFETY, Topic.ETHICS, Topic.QUALITY_DIAGNOSTIC,
			Topic.QUALITY_THERAPEUTIC),

	COMMON_LECTURE(3, "共通講習", true, true, Topic.SAFETY, Topic.INFECTION_CONTROL, Topic.ETHICS, Topic.LAW,
			Topic.COMMUNITY_MEDICINE, Topic.WELFARE, Topic.ECONOMICS, Topic.WORK_AND_TREATMENT),

	DOMAIN_LECTURE(4, "領域講習", true, true, Topic.DIAGNOSTIC, Topic.THERAPEUTIC, Topic.DIAGNOSTIC_AND_THERAPEUTIC);

	private static final CreditType[] BY_CODE = new CreditType[values().length + 1];

	/** Every way a roster names a credit type, as typed and as a name key. */
	private static final Map<String, CreditType> BY_NAME = new HashMap<>();

	static {
		for (CreditType type : values()) {
			BY_CODE[type.code] = type;
			for (String name : List.of(type.name(), type.japanese)) {
				BY_NAME.put(name, type);
				BY_NAME.put(NameKey.of(name), type);
			}
		}
	}

	private final int code;

	private final String japanese;

	private final boolean lecture;

	private final boolean hasUnits;

	private final List<Topic> topics;

	CreditType(int code, String japanese, boolean lecture, boolean hasUnits, Topic... topics) {
		this.code = code;
		this.japanese = japanese;
		this.lecture = lecture;
		this.hasUnits = hasUnits;
		this.topics = List.of(topics);
	}

	/** The ledger's code. */
	public int code() {
		return this.code;
	}

	/** The name rosters may use instead of the English one: {@code 参加}. */
	public String japanese() {
		return this.japanese;
	}

	public static CreditType ofCode(int code) {
		CreditType type = (code > 0 && code < BY_CODE.length) ? BY_CODE[code] : null;
		if (type == null) {
			throw new IllegalArgumentException("no credit type has the ledger code " + code);
		}
		return type;
	}

	/** The credit type a roster cell names, in English or Japanese; blank means attendance. */
	public static Optional<CreditType> of(String cell) {
		if (cell.isBlank()) {
			return Optional.of(ATTENDANCE);
		}
		CreditType type = BY_NAME.get(cell);
		return Optional.ofNullable((type != null) ? type : BY_NAME.get(NameKey.of(cell)));
	}

	/** For rule files: the credit type by its English name, or a message that lists them. */
	public static CreditType parse(String name) {
		CreditType type = BY_NAME.get(name.strip());
		if (type == null || !type.name().equals(name.strip())) {
			throw new IllegalArgumentException("'" + name + "' is not a credit type; the credit types are "
					+ String.join(", ", Arrays.stream(values()).map(CreditType::name).toList()));
		}
		return type;
	}

	/** Every credit type as a roster may write it: {@code ATTENDANCE/参加, …}. */
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

	/** The topics this type takes, in the order reports list them. */
	public List<Topic> topics() {
		return this.topics;
	}

	/** The topic as this type lists it, if the cell names one of its topics. */
	public Optional<Topic> topic(String cell) {
		return Topic.of(cell).filter(this.topics::contains);
	}

}
