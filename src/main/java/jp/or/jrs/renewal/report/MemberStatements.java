package jp.or.jrs.renewal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.credits.Explanation;
import jp.or.jrs.renewal.credits.MemberCredits;
import jp.or.jrs.renewal.credits.MemberCreditsReader;
import jp.or.jrs.renewal.credits.RenewalWindow;
import jp.or.jrs.renewal.credits.RuleBook;
import jp.or.jrs.renewal.credits.RulesEngine;
import jp.or.jrs.renewal.ledger.CreditLedger;
import jp.or.jrs.renewal.member.Member;
import jp.or.jrs.renewal.member.MemberStore;
import jp.or.jrs.renewal.roster.RosterFileStore;
import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Progress;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * Member statements from the database as the last night left it: one member's on demand, or the
 * statements of the mailing season (those renewing in a year, those short), written to a folder. Members
 * are streamed: the ledger is read in passes over ranges of members, as many credits per pass as a quarter
 * of the heap holds (the night's credits step reads it the same way), and of those only the selected
 * members' credits are kept.
 */
@Service
public class MemberStatements {

	private final MemberStore members;

	private final CreditLedger ledger;

	private final CatalogStore catalog;

	private final RuleBook ruleBook;

	private final RosterFileStore files;

	private final RunFigures runs;

	private final Progress progress;

	public MemberStatements(MemberStore members, CreditLedger ledger, CatalogStore catalog, RuleBook ruleBook,
			RosterFileStore files, RunFigures runs, Progress progress) {
		this.members = members;
		this.ledger = ledger;
		this.catalog = catalog;
		this.ruleBook = ruleBook;
		this.files = files;
		this.runs = runs;
		this.progress = progress;
	}

	/**
	 * Which statements to write: one member, or those renewing in a year, or those short of something;
	 * the last two together are those renewing that year who are short.
	 */
	public record Selection(String memberId, Integer renewingIn, boolean shortOnly) {

		boolean selects(MemberStore.CertifiedMember member) {
			return (this.memberId == null || this.memberId.equals(member.memberId()))
					&& (this.renewingIn == null || member.certifications().stream()
						.anyMatch(c -> RenewalWindow.of(c).renewalYear() == this.renewingIn));
		}

	}

	/** The date the statements are as of: the last night's. */
	public LocalDate asOf() {
		List<RunFigures.Figure> all = this.runs.all();
		return all.isEmpty() ? LocalDate.now() : all.get(all.size() - 1).runDate();
	}

	/** One member's statement as a page, or empty if they hold no certification. */
	public Optional<String> page(String memberId) {
		List<MemberStatement> found = new ArrayList<>(1);
		Judge judge = judge(asOf());
		forEach(new Selection(memberId, null, false), member -> judge.statement(member, false).ifPresent(found::add));
		return found.stream().findFirst().map(statement -> StatementHtml.page(statement, Pages.frame(judge.asOf())));
	}

	/**
	 * Writes the selected statements to a folder ({@code <member_id>.html}) and returns how many. Members
	 * are read in order on this thread; each is judged, worded and rendered on every processor, a few
	 * members ahead at most, so the heap stays flat.
	 */
	public int write(Selection selection, Path folder) {
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		Semaphore ahead = new Semaphore(4 * threads);
		List<Future<?>> pending = new ArrayList<>();
		AtomicInteger written = new AtomicInteger();
		// What the workers need (the rules, the catalog, the members' names) is made ready on them while this
		// thread reads the first pass of the ledger.
		LocalDate asOf = asOf();
		CompletableFuture<Judge> judging = CompletableFuture.supplyAsync(() -> judge(asOf), workers);
		Pages.Frame frame = Pages.frame(asOf);
		try {
			forEach(selection, member -> {
				ahead.acquireUninterruptibly();
				pending.add(workers.submit(() -> {
					try {
						judging.join().statement(member, selection.shortOnly()).ifPresent(statement -> {
							AtomicFiles.writeString(folder.resolve(statement.memberId() + ".html"),
									StatementHtml.page(statement, frame));
							written.incrementAndGet();
						});
					}
					finally {
						ahead.release();
					}
				}));
				// A statement that failed stops the command here, not only at the end.
				for (Iterator<Future<?>> done = pending.iterator(); done.hasNext();) {
					Future<?> page = done.next();
					if (page.isDone()) {
						getOrThrow(page);
						done.remove();
					}
				}
			});
			for (Future<?> page : pending) {
				getOrThrow(page);
			}
		}
		finally {
			workers.shutdownNow();
		}
		return written.get();
	}

	private static void getOrThrow(Future<?> page) {
		try {
			page.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing statements", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() instanceof CompletionException c && c.getCause() != null) ? c.getCause()
					: ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("A statement could not be written: " + cause.getMessage(), cause);
		}
	}

	/** What judging and wording a member's statement needs, read once for all of them. */
	private Judge judge(LocalDate asOf) {
		return new Judge(new RulesEngine(this.ruleBook, this.catalog.allMeetingsById()), this.catalog.activeMeetings(),
				this.members.membersById(), this.files.namesById(), asOf);
	}

	private record Judge(RulesEngine engine, List<Meeting> current, Map<String, Member> names,
			Map<Integer, String> fileNames, LocalDate asOf) {

		/** The member's statement; empty if only the short are asked for and they are short of nothing. */
		Optional<MemberStatement> statement(MemberCredits member, boolean shortOnly) {
			List<Explanation> explanations = this.engine.explain(member, this.current);
			if (shortOnly && explanations.stream().allMatch(e -> e.assessment().eligible())) {
				return Optional.empty();
			}
			Member known = this.names.get(member.memberId());
			return Optional.of(MemberStatement.of(member.memberId(), (known != null) ? known.name() : "", this.asOf,
					explanations, this.fileNames));
		}

	}

	private static MemberCredits next(MemberCreditsReader reader) {
		try {
			return reader.read();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read the ledger", ex);
		}
	}

	/** Every selected member with their credits, in member order. */
	private void forEach(Selection selection, Consumer<MemberCredits> consumer) {
		if (selection.memberId() != null && !this.members.membersById().containsKey(selection.memberId())) {
			throw new RefusedException("member " + selection.memberId() + " is not in the member list");
		}
		Predicate<MemberStore.CertifiedMember> selected = selection::selects;
		MemberCreditsReader reader = new MemberCreditsReader(this.members, this.ledger,
				MemberCreditsReader.creditsPerPassForHeap(), selected);
		reader.open(new ExecutionContext());
		try {
			this.progress.start("statements", "members", 0);
			for (MemberCredits member = next(reader); member != null; member = next(reader)) {
				consumer.accept(member);
				this.progress.advance(1);
			}
		}
		finally {
			reader.close();
			this.progress.finish();
		}
	}

}
