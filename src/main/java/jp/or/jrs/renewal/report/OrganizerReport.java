package jp.or.jrs.renewal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.or.jrs.renewal.roster.RosterFileStatus;
import jp.or.jrs.renewal.support.AtomicFiles;
import jp.or.jrs.renewal.support.Problem;

/**
 * The organizer's report of one roster file: what the night (or a check before sending) made of it, and
 * every problem by line and column with what would be right, in Japanese with English beside it. Written
 * beside the file's reject CSV by the night, and beside the check's by {@code check}.
 *
 * @param status what the night did with the file; {@code null} for a check before sending
 * @param dashboard the run's dashboard, relative to the page, or {@code null} where there is none
 */
public record OrganizerReport(String fileName, LocalDate asOf, RosterFileStatus status, int dataRows, int accepted,
		int rejected, int duplicate, List<Problem> problems, String dashboard) {

	/** The page's name beside a reject report: {@code congress.rejects.csv} → {@code congress.rejects.html}. */
	public static Path beside(Path rejectReport) {
		String name = rejectReport.getFileName().toString();
		return rejectReport.resolveSibling(name.substring(0, name.length() - ".csv".length()) + ".html");
	}

	public boolean fileRejected() {
		return this.status == RosterFileStatus.FILE_REJECTED || (this.status == null && this.problems.stream()
			.anyMatch(p -> p.line() == 0));
	}

	/** The problem count per code, for the summary at the top. */
	public Map<String, Long> codes() {
		return this.problems.stream()
			.collect(java.util.stream.Collectors.groupingBy(Problem::code, java.util.TreeMap::new,
					java.util.stream.Collectors.counting()));
	}

	/** The page, whole, with the style and footer of its night's pages ({@link Pages#frame}). */
	public String page(Pages.Frame frame) {
		return OrganizerHtml.page(this, frame);
	}

	/** What the page's {@code <main>} holds: the portal shows it inside its upload page. */
	public String mainHtml() {
		return OrganizerHtml.main(this);
	}

	/** Writes the page, published whole. */
	public void write(Pages.Frame frame, Path page) {
		AtomicFiles.writeString(page, page(frame));
	}

}
