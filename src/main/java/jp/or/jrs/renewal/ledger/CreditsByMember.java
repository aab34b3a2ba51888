package jp.or.jrs.renewal.ledger;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The credits of the members a pass over the ledger read ({@link CreditLedger#creditsOfMembers}), by member.
 * Each member's are held packed ({@link LedgerChunks.Kept}: about 20 bytes a credit at 1M), and made when asked for:
 * a judging pass asks once for each member, in turn, so only the credits of the members being judged exist
 * as objects. Holding the million credits of the 1M set made was 51 MB of objects (and 7 MB of lists) that
 * each young collection of the credits step traced and copied until they were promoted. Not thread-safe.
 */
public final class CreditsByMember {

	private final Map<String, LedgerChunks.Kept> members = new HashMap<>();

	private final LedgerChunks.SharedStrings strings;

	CreditsByMember(LedgerChunks.SharedStrings strings) {
		this.strings = strings;
	}

	/** None, for a reader before its first pass. */
	public static CreditsByMember none() {
		return new CreditsByMember(new LedgerChunks.SharedStrings());
	}

	LedgerChunks.Kept keptFor(String memberId) {
		return this.members.computeIfAbsent(memberId, id -> new LedgerChunks.Kept());
	}

	/** A member's credits, in ledger order (file by file, each in line order); none for a member not read. */
	public List<Credit> of(String memberId) {
		LedgerChunks.Kept kept = this.members.get(memberId);
		return (kept != null) ? kept.credits(memberId, this.strings) : List.of();
	}

	/** The members with a credit in this pass. */
	public Set<String> memberIds() {
		return Collections.unmodifiableSet(this.members.keySet());
	}

	/** How many credits the pass holds. */
	public long size() {
		long size = 0;
		for (LedgerChunks.Kept kept : this.members.values()) {
			size += kept.count();
		}
		return size;
	}

}
