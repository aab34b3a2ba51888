package jp.or.jrs.renewal.member;

import java.time.LocalDate;
import java.util.List;

/** A member of the society, with the other names they also use (a maiden name, 旧姓). */
public record Member(String memberId, String name, LocalDate birthDate, List<String> otherNames) {

	public Member {
		otherNames = List.copyOf(otherNames);
	}

}
