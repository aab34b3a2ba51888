package jp.or.jrs.renewal.credits;

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
	TOTAL

}
