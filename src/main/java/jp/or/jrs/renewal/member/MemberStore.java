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
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The member list and their certifications, made to match each night's files. What the two tables hold
 * once the members step commits is also kept in memory ({@link #willHold}), and read from there by the
 * steps after it: the credits step read both tables back right after the members step had written them
 * (its member list, their names and their count: about 0.2 s of a 1M-row night that judges every member).
 */
@Repository
public class MemberStore {

	/** The first day of the Gregorian calendar. */
	private static final LocalDate GREGORIAN = LocalDate.of(1582, 10, 15);

	private final JdbcTemplate jdbc;

	/**
	 * The tables' rows as this process's last committed load left them, or null: read the tables. Only
	 * this class writes them, and while a process runs no other one does (its output folder's lock, or
	 * PostgreSQL's advisory lock).
	 */
	private volatile Held held;

	private record Held(List<Member> members, List<Certification> certifications) {
	}

	public MemberStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Says that once the current transaction commits the tables hold exactly these rows (written by
	 * {@link #replaceMembers}/{@link #replaceCertifications} in it, or found unchanged). Until it does, and
	 * if it rolls back, the tables are read again. Each member is kept as the table gives it back (its other
	 * names joined with '|' and split again).
	 */
	public void willHold(Collection<Member> members, Collection<Certification> certifications) {
		this.held = null;
		if (members.stream().anyMatch(member -> member.birthDate().isBefore(GREGORIAN))
				|| certifications.stream().anyMatch(certification -> certification.expiresOn().isBefore(GREGORIAN))) {
			// HSQLDB gives a date before the Gregorian calendar back shifted by days: such rows are read back.
			return;
		}
		Held rows = new Held(members.stream().map(MemberStore::asStored).toList(), List.copyOf(certifications));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.held = rows;
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				MemberStore.this.held = (status == STATUS_COMMITTED) ? rows : null;
			}
		});
	}

	/** Whether the store answers from rows kept in memory (for tests). */
	boolean keepsRows() {
		return this.held != null;
	}

	private static Member asStored(Member member) {
		return new Member(member.memberId(), member.name(), member.birthDate(),
				otherNames(String.join("|", member.otherNames())));
	}

	private static List<String> otherNames(String stored) {
		return stored.isEmpty() ? List.of() : List.of(stored.split("\\|"));
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

	/**
	 * Makes the table hold exactly these members ({@link #replaceRows}), compared with the table as it is,
	 * not with the rows kept: a table mended by hand is made right again by the next load.
	 */
	public void replaceMembers(Collection<Member> members) {
		replaceRows(storedMembers().values(), members, MEMBERS);
	}

	/** Makes the table hold exactly these certifications, keyed by member and certification (as above). */
	public void replaceCertifications(Collection<Certification> certifications) {
		List<Certification> stored = new ArrayList<>();
		forEachStoredCertification(stored::add);
		replaceRows(stored, certifications, CERTIFICATIONS);
	}

	/** Every certification as the table gives it back. */
	private void forEachStoredCertification(Consumer<Certification> certifications) {
		this.jdbc.query("SELECT member_id, certification, expires_on, grace, clinical_units FROM certifications",
				(ResultSet rs) -> {
					certifications.accept(new Certification(rs.getString(1), rs.getString(2),
							rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5)));
				});
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
		Held known = this.held;
		if (known != null) {
			Map<String, Member> members = new HashMap<>();
			known.members().forEach(member -> members.put(member.memberId(), member));
			return members;
		}
		return storedMembers();
	}

	private Map<String, Member> storedMembers() {
		Map<String, Member> members = new HashMap<>();
		this.jdbc.query("SELECT member_id, name, birth_date, other_names FROM members", (ResultSet rs) -> {
			Member member = new Member(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					otherNames(rs.getString(4)));
			members.put(member.memberId(), member);
		});
		return members;
	}

	/** Every member's name, by member id. */
	public Map<String, String> namesById() {
		Map<String, String> names = new HashMap<>();
		Held known = this.held;
		if (known != null) {
			known.members().forEach(member -> names.put(member.memberId(), member.name()));
			return names;
		}
		this.jdbc.query("SELECT member_id, name FROM members", (ResultSet rs) -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return names;
	}

	public long certifiedMemberCount() {
		Held known = this.held;
		if (known != null) {
			return known.certifications().stream().map(Certification::memberId).distinct().count();
		}
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
		Map<String, CertifiedMember> members = new TreeMap<>();
		Held known = this.held;
		if (known != null) {
			known.members().forEach(member -> birthDates.put(member.memberId(), member.birthDate()));
			known.certifications().forEach(certification -> certified(members, birthDates, certification));
		}
		else {
			this.jdbc.query("SELECT member_id, birth_date FROM members", (ResultSet rs) -> {
				birthDates.put(rs.getString(1), rs.getObject(2, LocalDate.class));
			});
			forEachStoredCertification(certification -> certified(members, birthDates, certification));
		}
		List<CertifiedMember> sorted = new ArrayList<>(members.values());
		sorted.forEach(m -> m.certifications().sort(Comparator.comparing(Certification::certification)));
		return sorted;
	}

	/** Files a certification under its member, unless the member list lacks them. */
	private static void certified(Map<String, CertifiedMember> members, Map<String, LocalDate> birthDates,
			Certification certification) {
		LocalDate birthDate = birthDates.get(certification.memberId());
		if (birthDate != null) {
			members.computeIfAbsent(certification.memberId(), id -> new CertifiedMember(id, birthDate, new ArrayList<>()))
				.certifications()
				.add(certification);
		}
	}

}
