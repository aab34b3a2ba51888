package jp.or.jrs.renewal.roster;

import java.util.List;

import jp.or.jrs.renewal.support.Column;

/** The columns of a roster (spec §3), under their English and Japanese header names. */
public enum RosterColumn implements Column {

	MEMBER_ID(true, "member_id", "会員番号"), MEMBER_NAME(false, "member_name", "氏名"),
	MEETING(true, "meeting", "学術集会名"), HELD_ON(true, "held_on", "開催日"), CREDIT_TYPE(false, "credit_type", "区分"),
	TOPIC(false, "topic", "テーマ"), LECTURE_ID(false, "lecture_id", "講習ID"), UNITS(false, "units", "単位数");

	private final boolean required;

	private final List<String> headerNames;

	RosterColumn(boolean required, String... headerNames) {
		this.required = required;
		this.headerNames = List.of(headerNames);
	}

	@Override
	public List<String> headerNames() {
		return this.headerNames;
	}

	@Override
	public boolean required() {
		return this.required;
	}

}
