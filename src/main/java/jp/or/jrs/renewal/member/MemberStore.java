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

/** The member list and their certifications, made to match each night's files. */
@Repository
public class MemberStore {

	private final JdbcTemplate jdbc;

	public MemberStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the table hold exactly these members: only the rows that differ are deleted and inserted (a
	 * night whose member list changed by a few rows rewrote all of them: 5 s of the 10M-row set's members
	 * step, for 100,000 members).
	 */
	public void replaceMembers(Collection<Member> members) {
		Map<String, Member> stored = membersById();
		List<Object[]> gone = new ArrayList<>();
		List<Object[]> added = new ArrayList<>();
		for (Member member : members) {
			Member before = stored.remove(member.memberId());
			if (member.equals(before)) {
				continue;
			}
			if (before != null) {
				gone.add(new Object[] { before.memberId() });
			}
			added.add(new Object[] { member.memberId(), member.name(), member.birthDate(),
					String.join("|", member.otherNames()) });
		}
		stored.keySet().forEach(memberId -> gone.add(new Object[] { memberId }));
		this.jdbc.batchUpdate("DELETE FROM members WHERE member_id = ?", gone);
		this.jdbc.batchUpdate("INSERT INTO members (member_id, name, birth_date, other_names) VALUES (?, ?, ?, ?)",
				added);
	}

	/** As {@link #replaceMembers}, for the certifications, keyed by member and certification. */
	public void replaceCertifications(Collection<Certification> certifications) {
		Map<List<String>, Certification> stored = new HashMap<>();
		this.jdbc.query("SELECT member_id, certification, expires_on, grace, clinical_units FROM certifications",
				(ResultSet rs) -> {
					Certification c = new Certification(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
							rs.getBoolean(4), rs.getInt(5));
					stored.put(List.of(c.memberId(), c.certification()), c);
				});
		List<Object[]> gone = new ArrayList<>();
		List<Object[]> added = new ArrayList<>();
		for (Certification c : certifications) {
			Certification before = stored.remove(List.of(c.memberId(), c.certification()));
			if (c.equals(before)) {
				continue;
			}
			if (before != null) {
				gone.add(new Object[] { before.memberId(), before.certification() });
			}
			added.add(new Object[] { c.memberId(), c.certification(), c.expiresOn(), c.grace(), c.clinicalUnits() });
		}
		stored.values().forEach(c -> gone.add(new Object[] { c.memberId(), c.certification() }));
		this.jdbc.batchUpdate("DELETE FROM certifications WHERE member_id = ? AND certification = ?", gone);
		this.jdbc.batchUpdate("""
				INSERT INTO certifications (member_id, certification, expires_on, grace, clinical_units)
				VALUES (?, ?, ?, ?, ?)""", added);
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

	/** Every member's name, by member id. */
	public Map<String, String> namesById() {
		Map<String, String> names = new HashMap<>();
		this.jdbc.query("SELECT member_id, name FROM members", (ResultSet rs) -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return names;
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
