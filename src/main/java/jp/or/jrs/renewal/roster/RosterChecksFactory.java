package jp.or.jrs.renewal.roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.catalog.CatalogIndex;
import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.member.Member;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.support.NameKey;

/**
 * Builds the roster checks once per job execution (catalog names and member names indexed in memory, so
 * no row costs a database lookup) and shares them between the files ingested in parallel.
 */
@Component
public class RosterChecksFactory {

	private final CatalogStore catalog;

	private final MemberStore members;

	private Long jobExecutionId;

	private RosterChecks checks;

	public RosterChecksFactory(CatalogStore catalog, MemberStore members) {
		this.catalog = catalog;
		this.members = members;
	}

	public synchronized RosterChecks forJobExecution(long jobExecutionId, LocalDate runDate) {
		if (this.checks == null || this.jobExecutionId != jobExecutionId) {
			this.checks = build(runDate);
			this.jobExecutionId = jobExecutionId;
		}
		return this.checks;
	}

	/** Checks against the catalog and member list as the database holds them now. */
	public RosterChecks build(LocalDate runDate) {
		return checks(this.catalog.activeMeetings(), this.members.membersById().values(), runDate);
	}

	/** Checks against these meetings and members (each member known by their name and other names). */
	public static RosterChecks checks(List<Meeting> meetings, Collection<Member> members, LocalDate runDate) {
		Map<String, Set<String>> names = new HashMap<>();
		for (Member member : members) {
			// Each name as registered and as a name key: most rosters spell it as registered.
			Set<String> keys = new HashSet<>();
			keys.add(member.name());
			keys.add(NameKey.of(member.name()));
			member.otherNames().forEach(other -> {
				keys.add(other);
				keys.add(NameKey.of(other));
			});
			names.put(member.memberId(), keys);
		}
		return new RosterChecks(new CatalogIndex(meetings), names, runDate);
	}

}
