package jp.or.jrs.renewal.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * An accredited meeting as the catalog publishes it.
 *
 * @param id its stable id; {@code null} until the catalog store has assigned it
 * @param category 分類 1–10
 * @param group sub-group code ({@code 3-1}, {@code 4-1}…) or region ({@code 北日本地区}); blank for none
 * @param name the current name
 * @param formerNames names the meeting had before (renamed or merged), oldest last
 * @param societyRequired 必須: a required meeting of the society system
 * @param societyUnits society units per attendance; {@code null} when the meeting gives none
 * @param boardUnits board participation units per attendance (0 is a real value)
 * @param lectureCap the most board domain-lecture units a member earns at one occurrence
 * @param sourceLine the line of the published table the meeting comes from
 */
public record Meeting(MeetingId id, int category, String group, String name, List<String> formerNames,
		boolean societyRequired, BigDecimal societyUnits, BigDecimal boardUnits, BigDecimal lectureCap,
		int sourceLine) {

	public Meeting {
		formerNames = List.copyOf(formerNames);
	}

	public Meeting withId(MeetingId id) {
		return new Meeting(id, this.category, this.group, this.name, this.formerNames, this.societyRequired,
				this.societyUnits, this.boardUnits, this.lectureCap, this.sourceLine);
	}

	public Meeting withFormerNames(List<String> formerNames) {
		return new Meeting(this.id, this.category, this.group, this.name, formerNames, this.societyRequired,
				this.societyUnits, this.boardUnits, this.lectureCap, this.sourceLine);
	}

}
