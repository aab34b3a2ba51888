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
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The member list and their certifications, made to match each night's files. */
@Repository
public class MemberStore {

	private final JdbcTemplate jdbc;

	public MemberStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How a table's rows are keyed and written, for {@link #replaceRows}. */
	private record Table<R>(String delete, String insert, Function<R, Object[]> key, Function<R, Object[]> row) {
	}

	private static final Table<Member> MEMBERS = new Table<>("DELETE FROM members WHERE member_id = ?",
			"INSERT INTO members (member_id, name, birth_date, other_names) VALUES (?, ?, ?, ?)",
			m -> new Object[] { m.memberId() },
			m -> new Object[] { m.memberId(), m.name(), m.birthDate(), String.join("|", m.otherNames()) });

	private static final Table<Certification> CERTIFICATIONS = new Table<>(
			"DELETE FROM certifications WHERE member_id = ? AND certification = ?", """
					INSERT INTO certifications (member_id, certification, expires_on, grace, clinical_units)
					VALUES (?, ?, ?, ?, ?)""", c -> new Object[] { c.memberId(), c.certification() },
			c -> new Object[] { c.memberId(), c.certification(), c.expiresOn(), c.grace(), c.clinicalUnits() });

	/** Makes the table hold exactly these members ({@link #replaceRows}). */
	public void replaceMembers(Collection<Member> members) {
		replaceRows(membersById().values(), members, MEMBERS);
	}

	/** Makes the table hold exactly these certifications, keyed by member and certification. */
	public void replaceCertifications(Collection<Certification> certifications) {
		List<Certification> stored = new ArrayList<>();
		this.jdbc.query("SELECT member_id, certification, expires_on, grace, clinical_units FROM certifications",
				(ResultSet rs) -> {
					stored.add(new Certification(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
							rs.getBoolean(4), rs.getInt(5)));
				});
		replaceRows(stored, certifications, CERTIFICATIONS);
	}

	/**
	 * Only the rows that differ from the stored ones are deleted and inserted (a night whose member list
	 * changed by a few rows rewrote all of them: 5 s of the 10M-row set's members step, for 100,000 members).
	 */
	private <R> void replaceRows(Collection<R> stored, Collection<R> wanted, Table<R> table) {
		Map<List<Object>, R> before = new HashMap<>();
		stored.forEach(row -> before.put(List.of(table.key().apply(row)), row));
		List<Object[]> gone = new ArrayList<>();
		List<Object[]> added = new ArrayList<>();
		for (R row : wanted) {
			R old = before.remove(List.of(table.key().apply(row)));
			if (row.equals(old)) {
				continue;
			}
			if (old != null) {
				gone.add(table.key().apply(old));
			}
			added.add(table.row().apply(row));
		}
		before.values().forEach(row -> gone.add(table.key().apply(row)));
		this.jdbc.batchUpdate(table.delete(), gone);
		this.jdbc.batchUpdate(table.insert(), added);
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
		// Two scans joined here: HSQLDB joined the tables by looking every certification's member up in the
		// members' index on disk, a tenth of the 10M-row set's credits step.
		Map<String, LocalDate> birthDates = new HashMap<>();
		this.jdbc.query("SELECT member_id, birth_date FROM members", (ResultSet rs) -> {
			birthDates.put(rs.getString(1), rs.getObject(2, LocalDate.class));
		});
		Map<String, CertifiedMember> members = new TreeMap<>();
		this.jdbc.query("SELECT member_id, certification, expires_on, grace, clinical_units FROM certifications",
				(ResultSet rs) -> {
					String memberId = rs.getString(1);
					LocalDate birthDate = birthDates.get(memberId);
					if (birthDate == null) {
						return;
					}
					CertifiedMember member = members.computeIfAbsent(memberId,
							id -> new CertifiedMember(id, birthDate, new ArrayList<>()));
					member.certifications().add(new Certification(memberId, rs.getString(2),
							rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5)));
				});
		List<CertifiedMember> sorted = new ArrayList<>(members.values());
		sorted.forEach(m -> m.certifications().sort(Comparator.comparing(Certification::certification)));
		return sorted;
	}

}
