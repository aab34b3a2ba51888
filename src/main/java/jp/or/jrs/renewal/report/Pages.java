package jp.or.jrs.renewal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What every page people read shares: the style and the footer ({@link Frame}). The night's pages (a run's
 * dashboard and the list of runs, {@code DashboardHtml}; organizers' reports, {@code OrganizerHtml}), the
 * member statements ({@code StatementHtml}) and an organizer's {@code check} are written in Java, each value
 * escaped ({@link Html#text}): names and meeting names come from outside. The portal serves its own pages
 * from the Thymeleaf templates in {@code templates/}, and the style is written once, in their head fragment
 * ({@code templates/fragments/page.html}), which this reads as text. Pages are self-contained (their style
 * inline, charts as inline SVG, no script), so they open from disk, by mail or from the portal alike, and
 * each is written whole under a temporary name, then renamed.
 */
public final class Pages {

	/** The templates' head fragment, which holds the style of every page. */
	static final String PAGE_FRAGMENTS = "templates/fragments/page.html";

	private static final String STYLE_START = "<style th:fragment=\"style\">";

	private static final String STYLE_END = "</style>";

	private Pages() {
	}

	/** What every page written outside the templates shares with the others: their style, and the footer of a date. */
	public record Frame(String style, String footer) {
	}

	/** The style and footer of the pages of a date. */
	public static Frame frame(LocalDate asOf) {
		return frame(asOf.toString());
	}

	/**
	 * The style and a footer naming when the page was made ({@code generated}: a date, or nothing on the list of
	 * every run), as the templates' {@code style} and {@code footer} fragments render them.
	 */
	static Frame frame(String generated) {
		return new Frame(Style.STYLE, "<footer>\n\t<span>"
				+ Html.text("日本医学放射線学会 更新単位 夜間処理 ・ renewal-credits ・ " + generated) + "</span>\n</footer>");
	}

	/** The style element, read once, when a page first needs it. */
	private static final class Style {

		static final String STYLE = read();

		private static String read() {
			String fragments;
			try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(PAGE_FRAGMENTS)) {
				if (in == null) {
					throw new IllegalStateException(PAGE_FRAGMENTS + " is missing from the program: rebuild it");
				}
				fragments = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + PAGE_FRAGMENTS + " from the program", ex);
			}
			int start = fragments.indexOf(STYLE_START);
			int end = (start < 0) ? -1 : fragments.indexOf(STYLE_END, start);
			if (end < 0) {
				throw new IllegalStateException(PAGE_FRAGMENTS + " has no " + STYLE_START + " element: the pages take"
						+ " their style from it");
			}
			return "<style>" + fragments.substring(start + STYLE_START.length(), end + STYLE_END.length());
		}

	}

}
