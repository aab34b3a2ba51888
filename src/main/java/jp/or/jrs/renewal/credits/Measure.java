package jp.or.jrs.renewal.credits;

import java.util.Arrays;
import java.util.Locale;

/** What a requirement adds up over the credits it selects. */
public enum Measure {

	/** The number of distinct credits. */
	CREDITS,

	/** The catalog's society units (単位数) per attendance; a meeting without them gives 0. */
	SOCIETY_UNITS,

	/** The catalog's board participation units (参加単位数) per attendance. */
	BOARD_UNITS,

	/** The units (hours) of each lecture, as the roster gives them. */
	LECTURE_UNITS,

	/** The clinical units (診療実績) the office accepted for the certification. */
	CLINICAL_UNITS,

	/** The sum of other requirements of the same certification, each as earned and as counted. */
	TOTAL;

	/** For rule files: {@code society-units} is {@link #SOCIETY_UNITS}; an unknown name lists the measures. */
	public static Measure parse(String name) {
		String constant = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(m -> m.name().equals(constant)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a measure; the measures are "
					+ String.join(", ", Arrays.stream(values())
						.map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())));
	}

}
