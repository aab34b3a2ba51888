package jp.or.jrs.renewal.credits;

import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.ledger.LedgerCredit;
import jp.or.jrs.renewal.member.MemberStore;

/**
 * Reads one certified member at a time with all their ledger credits. The ledger is never loaded whole:
 * credits come in blocks of {@code membersPerQuery} members (a range of member ids, served by the
 * ledger's member index), so memory stays bounded however large the ledger grows.
 */
public class MemberCreditsReader extends AbstractItemCountingItemStreamItemReader<MemberCredits> {

	/** The step context key of the reader's position, present when the step resumes. */
	public static final String POSITION = "memberCreditsReader.read.count";

	private final MemberStore members;

	private final CreditLedger ledger;

	private final int membersPerQuery;

	private List<MemberStore.CertifiedMember> certified;

	private int next;

	private Map<String, List<LedgerCredit>> block = Map.of();

	public MemberCreditsReader(MemberStore members, CreditLedger ledger, int membersPerQuery) {
		this.members = members;
		this.ledger = ledger;
		this.membersPerQuery = membersPerQuery;
		setName("memberCreditsReader");
	}

	@Override
	protected void doOpen() {
		this.certified = this.members.certifiedMembers();
		this.next = 0;
	}

	@Override
	protected MemberCredits doRead() {
		if (this.next >= this.certified.size()) {
			return null;
		}
		if (this.next % this.membersPerQuery == 0) {
			int last = Math.min(this.next + this.membersPerQuery, this.certified.size()) - 1;
			this.block = this.ledger.creditsOfMembers(this.certified.get(this.next).memberId(),
					this.certified.get(last).memberId());
		}
		MemberStore.CertifiedMember member = this.certified.get(this.next++);
		return new MemberCredits(member.memberId(), member.birthDate(), member.certifications(),
				this.block.getOrDefault(member.memberId(), List.of()));
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// Skip whole blocks without reading their credits; the block holding itemIndex is read again.
		this.next = itemIndex - (itemIndex % this.membersPerQuery);
		while (this.next < itemIndex) {
			doRead();
		}
	}

	@Override
	protected void doClose() {
		this.certified = null;
		this.block = Map.of();
	}

}
