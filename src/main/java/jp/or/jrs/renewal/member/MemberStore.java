package jp.or.jrs.renewal.member;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The member list and their certifications, made to match each night's files, each list packed a few
 * thousand entries to a row of {@code member_list_chunks} ({@link MemberChunks}). What the store holds once
 * the members step commits is also kept in memory ({@link #willHold}), and read from there by the steps
 * after it: the credits step read both tables back right after the members step had written them
 * (its member list, their names and their count: about 0.2 s of a 1M-row night that judges every member).
 */
@Repository
public class MemberStore {

	private final JdbcTemplate jdbc;

	/**
	 * The lists as this process's last committed load left them, or null: read them from the database. Only
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
	 * Says that once the current transaction commits the store holds exactly these (written by
	 * {@link #replaceMembers}/{@link #replaceCertifications} in it, or found unchanged). Until it does, and
	 * if it rolls back, the database is read again. Each member is kept as it is stored (its other names
	 * joined with '|' and split again).
	 */
	public void willHold(Collection<Member> members, Collection<Certification> certifications) {
		this.held = null;
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

	/** The packed lists ({@link MemberChunks}), a row a few thousand entries. */
	private static final String MEMBER_LIST = "members";

	private static final String CERTIFICATION_LIST = "certifications";

	/**
	 * Makes the store hold exactly these members, in their order: the list is packed and written whole
	 * (rows of the member table from an earlier version go with it). Row by row, the member list of a first
	 * night (28,700 members and certifications at 1M rows) went through HSQLDB's insert path once per row,
	 * 0.27 s of the night with the compiling it brought (bench/RESULTS.md); and comparing with the stored rows
	 * to write only the changed ones cost more than writing the packed list whole.
	 */
	public void replaceMembers(Collection<Member> members) {
		replaceList(MEMBER_LIST, "DELETE FROM members", MemberChunks.members(members));
	}

	/** Makes the store hold exactly these certifications (as above). */
	public void replaceCertifications(Collection<Certification> certifications) {
		replaceList(CERTIFICATION_LIST, "DELETE FROM certifications", MemberChunks.certifications(certifications));
	}

	private void replaceList(String list, String deleteEarlierRows, List<MemberChunks.Chunk> chunks) {
		this.jdbc.update("DELETE FROM member_list_chunks WHERE list_name = ?", list);
		this.jdbc.update(deleteEarlierRows);
		List<Object[]> rows = new ArrayList<>(chunks.size());
		for (int i = 0; i < chunks.size(); i++) {
			rows.add(new Object[] { list, i, chunks.get(i).entries(), chunks.get(i).bytes() });
		}
		this.jdbc.batchUpdate(
				"INSERT INTO member_list_chunks (list_name, seq, entry_count, entries) VALUES (?, ?, ?, ?)", rows);
	}

	/** A list's packed rows in order; none when it was never packed (a database of an earlier version). */
	private List<byte[]> packed(String list) {
		return this.jdbc.query("SELECT entries FROM member_list_chunks WHERE list_name = ? ORDER BY seq",
				(rs, row) -> rs.getBytes(1), list);
	}

	/** Every member as stored, in the order loaded. */
	private void forEachStoredMember(Consumer<Member> members) {
		List<byte[]> chunks = packed(MEMBER_LIST);
		if (chunks.isEmpty()) {
			// Rows of an earlier version, until the next load packs the list.
			this.jdbc.query("SELECT member_id, name, birth_date, other_names FROM members", (ResultSet rs) -> {
				members.accept(new Member(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						otherNames(rs.getString(4))));
			});
		}
		chunks.forEach(chunk -> MemberChunks.readMembers(chunk, members));
	}

	/** Every certification as stored. */
	private void forEachStoredCertification(Consumer<Certification> certifications) {
		List<byte[]> chunks = packed(CERTIFICATION_LIST);
		if (chunks.isEmpty()) {
			this.jdbc.query("SELECT member_id, certification, expires_on, grace, clinical_units FROM certifications",
					(ResultSet rs) -> {
						certifications.accept(new Certification(rs.getString(1), rs.getString(2),
								rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5)));
					});
		}
		chunks.forEach(chunk -> MemberChunks.readCertifications(chunk, certifications));
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
		forEachStoredMember(member -> members.put(member.memberId(), member));
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
		forEachStoredMember(member -> names.put(member.memberId(), member.name()));
		return names;
	}

	public long certifiedMemberCount() {
		Held known = this.held;
		if (known != null) {
			return known.certifications().stream().map(Certification::memberId).distinct().count();
		}
		Set<String> certified = new HashSet<>();
		forEachStoredCertification(certification -> certified.add(certification.memberId()));
		return certified.size();
	}

	/** A member with their certifications, for the credits step. */
	public record CertifiedMember(String memberId, LocalDate birthDate, List<Certification> certifications) {
	}

	/** Every member holding a certification, sorted by member id (as strings), certifications by code. */
	public List<CertifiedMember> certifiedMembers() {
		Map<String, LocalDate> birthDates = new HashMap<>();
		Map<String, CertifiedMember> members = new TreeMap<>();
		Held known = this.held;
		if (known != null) {
			known.members().forEach(member -> birthDates.put(member.memberId(), member.birthDate()));
			known.certifications().forEach(certification -> certified(members, birthDates, certification));
		}
		else {
			forEachStoredMember(member -> birthDates.put(member.memberId(), member.birthDate()));
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
