package jp.or.jrs.renewal.member;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The member list and their certifications, replaced as a whole by every run. */
@Repository
public class MemberStore {

	private final JdbcTemplate jdbc;

	public MemberStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replaceMembers(Collection<Member> members) {
		this.jdbc.update("DELETE FROM members");
		List<Object[]> rows = new ArrayList<>(members.size());
		for (Member member : members) {
			rows.add(new Object[] { member.memberId(), member.name(), member.birthDate(),
					String.join("|", member.otherNames()) });
		}
		this.jdbc.batchUpdate("INSERT INTO members (member_id, name, birth_date, other_names) VALUES (?, ?, ?, ?)",
				rows);
	}

	public void replaceCertifications(Collection<Certification> certifications) {
		this.jdbc.update("DELETE FROM certifications");
		List<Object[]> rows = new ArrayList<>(certifications.size());
		for (Certification c : certifications) {
			rows.add(new Object[] { c.memberId(), c.certification(), c.expiresOn(), c.grace(), c.clinicalUnits() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO certifications (member_id, certification, expires_on, grace, clinical_units)
				VALUES (?, ?, ?, ?, ?)""", rows);
	}

	public Map<String, Member> membersById() {
		Map<String, Member> members = new HashMap<>();
		this.jdbc.query("SELECT member_id, name, birth_date, other_names FROM members", (ResultSet rs) -> {
			String others = rs.getString(4);
			Member member = new Member(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					others.isEmpty() ? List.of() : List.of(others.split("\\|")));
			members.put(member.memberId(), member);
		});
		return members;
	}

	public long certifiedMemberCount() {
		return this.jdbc.queryForObject("SELECT COUNT(DISTINCT member_id) FROM certifications", Long.class);
	}

	/** A member with their certifications, for the credits step. */
	public record CertifiedMember(String memberId, LocalDate birthDate, List<Certification> certifications) {
	}

	/** Every member holding a certification, sorted by member id (as strings), certifications by code. */
	public List<CertifiedMember> certifiedMembers() {
		Map<String, CertifiedMember> members = new TreeMap<>();
		this.jdbc.query("""
				SELECT c.member_id, m.birth_date, c.certification, c.expires_on, c.grace, c.clinical_units
				FROM certifications c JOIN members m ON m.member_id = c.member_id""", (ResultSet rs) -> {
			LocalDate birthDate = rs.getDate(2).toLocalDate();
			CertifiedMember member = members.computeIfAbsent(rs.getString(1),
					id -> new CertifiedMember(id, birthDate, new ArrayList<>()));
			member.certifications().add(new Certification(member.memberId(), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getBoolean(5), rs.getInt(6)));
		});
		List<CertifiedMember> sorted = new ArrayList<>(members.values());
		sorted.forEach(m -> m.certifications().sort(Comparator.comparing(Certification::certification)));
		return sorted;
	}

}
