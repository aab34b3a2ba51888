package jp.or.jrs.renewal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the dashboards' charts, drawn as inline SVG by the templates (no script, so they print
 * and open from disk): the verdicts of each certification as a horizontal bar, and the runs as a trend of
 * stacked columns. Coordinates are in the SVG's own units.
 */
public final class Charts {

	/** Width of the bars' area in a verdict chart. */
	public static final double BAR_WIDTH = 560;

	/** Height of one row of a verdict chart. */
	public static final double ROW = 34;

	/** Height of the columns' area in a trend chart. */
	public static final double TREND_HEIGHT = 160;

	/** Width of a trend chart. */
	public static final double TREND_WIDTH = 720;

	private Charts() {
	}

	/** One certification's verdicts: the ELIGIBLE part of its bar, then the SHORT part. */
	public record VerdictBar(String label, int eligible, int shortCount, double y, double eligibleWidth,
			double shortWidth) {

		public double shortX() {
			return this.eligibleWidth;
		}

	}

	/** One run of a trend: a column of ELIGIBLE under SHORT, scaled to the largest run. */
	public record TrendColumn(String label, int eligible, int shortCount, double x, double width,
			double eligibleHeight, double shortHeight) {

		public double eligibleY() {
			return TREND_HEIGHT - this.eligibleHeight;
		}

		public double shortY() {
			return TREND_HEIGHT - this.eligibleHeight - this.shortHeight;
		}

	}

	/**
	 * The columns of a trend as SVG, every value escaped ({@link Html}), exactly as the template's
	 * {@code th:each} wrote them: sixty runs of twelve expressions each, on the dashboard and the list of
	 * runs, made the reports step of a nothing-changed night grow with the history (70 ms at fifty runs).
	 */
	static String trendColumns(List<TrendColumn> columns) {
		StringBuilder svg = new StringBuilder(columns.size() * 300);
		for (TrendColumn c : columns) {
			svg.append("<g>\n\t\t<rect fill=\"#1b7f3b\" x=\"").append(c.x()).append("\" y=\"").append(c.eligibleY())
				.append("\" width=\"").append(c.width()).append("\" height=\"").append(c.eligibleHeight())
				.append("\"><title>");
			Html.text(svg, c.label() + ": ELIGIBLE " + c.eligible());
			svg.append("</title></rect>\n\t\t<rect fill=\"#b3261e\" x=\"").append(c.x()).append("\" y=\"")
				.append(c.shortY()).append("\" width=\"").append(c.width()).append("\" height=\"")
				.append(c.shortHeight()).append("\"><title>");
			Html.text(svg, c.label() + ": SHORT " + c.shortCount());
			svg.append("</title></rect>\n\t</g>");
		}
		return svg.toString();
	}

	public static List<VerdictBar> verdicts(List<RunReport.CertificationCount> counts) {
		List<VerdictBar> bars = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			RunReport.CertificationCount c = counts.get(i);
			double total = Math.max(1, c.total());
			bars.add(new VerdictBar(c.certification(), c.eligible(), c.shortCount(), i * ROW,
					BAR_WIDTH * c.eligible() / total, BAR_WIDTH * c.shortCount() / total));
		}
		return bars;
	}

	public static double verdictsHeight(List<RunReport.CertificationCount> counts) {
		return Math.max(1, counts.size()) * ROW;
	}

	public static List<TrendColumn> trend(List<RunFigures.Figure> runs) {
		List<TrendColumn> columns = new ArrayList<>();
		int largest = runs.stream().mapToInt(RunFigures.Figure::judged).max().orElse(1);
		double step = TREND_WIDTH / Math.max(1, runs.size());
		double width = Math.max(2, Math.min(40, step * 0.7));
		for (int i = 0; i < runs.size(); i++) {
			RunFigures.Figure run = runs.get(i);
			columns.add(new TrendColumn(run.runDate().toString(), run.eligible(), run.shortCount(),
					i * step + (step - width) / 2, width, TREND_HEIGHT * run.eligible() / Math.max(1, largest),
					TREND_HEIGHT * run.shortCount() / Math.max(1, largest)));
		}
		return columns;
	}

}
