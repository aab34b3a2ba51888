package jp.or.jrs.renewal.member;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.or.jrs.renewal.member.LoadMembersTasklet.Counts;

/**
 * What the members step last made of the member files, under the key of what it depended on (the two
 * files' bytes, the rule files, the build): a night with the same key replays it.
 */
@Repository
public class MemberLoads {

	/** A load: the counts of both files and their reject reports as written (null: no rejected row). */
	public record Load(Counts members, Counts certifications, byte[] membersRejects, byte[] certificationsRejects) {
	}

	private final JdbcTemplate jdbc;

	public MemberLoads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Load> find(String key) {
		List<Load> loads = this.jdbc.query("""
				SELECT members_rows, members_accepted, members_rejected, certifications_rows,
				       certifications_accepted, certifications_rejected, members_rejects, certifications_rejects
				FROM member_loads WHERE load_key = ?""",
				(rs, row) -> new Load(new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
						new Counts(rs.getInt(4), rs.getInt(5), rs.getInt(6)), rs.getBytes(7), rs.getBytes(8)),
				key);
		return loads.stream().findFirst();
	}

	/** Keeps no load: the tables hold one that was not kept. */
	public void forget() {
		this.jdbc.update("DELETE FROM member_loads");
	}

	/** Records the load under its key, in place of the one before. */
	public void save(String key, Load load) {
		forget();
		this.jdbc.update("""
				INSERT INTO member_loads (load_key, members_rows, members_accepted, members_rejected,
				    certifications_rows, certifications_accepted, certifications_rejected, members_rejects,
				    certifications_rejects)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", key, load.members().dataRows(), load.members().accepted(),
				load.members().rejected(), load.certifications().dataRows(), load.certifications().accepted(),
				load.certifications().rejected(), load.membersRejects(), load.certificationsRejects());
	}

}
