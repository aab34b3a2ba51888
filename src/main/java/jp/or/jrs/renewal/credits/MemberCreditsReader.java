package jp.or.jrs.renewal.credits;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.ledger.CreditsByMember;
import jp.or.jrs.renewal.member.MemberStore;

/**
 * Reads one certified member at a time, in member order, with all their ledger credits. The ledger is
 * read in passes, each over a range of member ids holding about {@code creditsPerPass} credits (one pass
 * while the ledger fits, more as it grows beyond the heap), so memory stays bounded however large the
 * ledger grows.
 */
public class MemberCreditsReader extends AbstractItemCountingItemStreamItemReader<MemberCredits> {

	/** The step context key of the reader's position, present when the step resumes. */
	public static final String POSITION = "memberCreditsReader.read.count";

	/**
	 * Heap a pass is given per credit it holds: four times what a held credit takes (about 20 bytes, packed:
	 * {@link CreditsByMember}), so a pass takes about a quarter of the heap. Measured with {@code jmap
	 * -histo:live} in the middle of a 1M-row credits step: 1.07 million credits held in 21 MB. (It was 360
	 * while a pass held its credits made, 51 MB of them and 7 MB of lists at 1M: four passes at ten million
	 * credits under a 1 GB heap, each reading the whole ledger; now two, and one pass at 80 bytes was no faster.
	 * And 1,200 bytes when the ledger was read a database row per credit: thirteen.)
	 */
	private static final long BYTES_PER_CREDIT = 96;

	private final MemberStore members;

	private final CreditLedger ledger;

	private final long creditsPerPass;

	private final Predicate<MemberStore.CertifiedMember> selected;

	private List<MemberStore.CertifiedMember> certified;

	private Set<String> selectedIds;

	private int membersPerPass;

	private int next;

	private CreditsByMember pass = CreditsByMember.none();

	public MemberCreditsReader(MemberStore members, CreditLedger ledger, long creditsPerPass) {
		this(members, ledger, creditsPerPass, null);
	}

	/** Reads only the selected members (their credits alone are held); {@code null} selects all. */
	public MemberCreditsReader(MemberStore members, CreditLedger ledger, long creditsPerPass,
			Predicate<MemberStore.CertifiedMember> selected) {
		this.members = members;
		this.ledger = ledger;
		this.creditsPerPass = creditsPerPass;
		this.selected = selected;
		setName("memberCreditsReader");
	}

	/** As many credits per pass as a quarter of the heap holds. */
	public static long creditsPerPassForHeap() {
		return Math.max(100_000, Runtime.getRuntime().maxMemory() / BYTES_PER_CREDIT);
	}

	@Override
	protected void doOpen() {
		this.certified = this.members.certifiedMembers();
		this.selectedIds = null;
		if (this.selected != null) {
			this.certified = this.certified.stream().filter(this.selected).toList();
			this.selectedIds = this.certified.stream().map(MemberStore.CertifiedMember::memberId)
				.collect(Collectors.toSet());
		}
		long passes = Math.max(1, (this.ledger.size() + this.creditsPerPass - 1) / this.creditsPerPass);
		this.membersPerPass = (int) Math.max(1, (this.certified.size() + passes - 1) / passes);
		this.next = 0;
	}

	@Override
	protected MemberCredits doRead() {
		if (this.next >= this.certified.size()) {
			return null;
		}
		if (this.next % this.membersPerPass == 0) {
			int last = Math.min(this.next + this.membersPerPass, this.certified.size()) - 1;
			this.pass = CreditsByMember.none();
			String first = this.certified.get(this.next).memberId();
			String lastId = this.certified.get(last).memberId();
			this.pass = (this.selectedIds == null) ? this.ledger.creditsOfMembers(first, lastId)
					: this.ledger.creditsOfMembers(first, lastId, this.selectedIds::contains);
		}
		MemberStore.CertifiedMember member = this.certified.get(this.next++);
		return new MemberCredits(member.memberId(), member.birthDate(), member.certifications(),
				this.pass.of(member.memberId()));
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// Skip whole passes without reading them; the pass holding itemIndex is read again.
		this.next = itemIndex - (itemIndex % this.membersPerPass);
		while (this.next < itemIndex) {
			doRead();
		}
	}

	@Override
	protected void doClose() {
		this.certified = null;
		this.pass = CreditsByMember.none();
	}

}
