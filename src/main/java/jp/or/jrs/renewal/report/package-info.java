/**
 * The files and pages people read, written by the night's last steps ({@code rosterReports}, {@code reports}):
 * the reject reports and the organizers' pages, {@code summary.csv}, the run summary and the office dashboards
 * ({@code DashboardHtml}); and the members' statements, on demand ({@link jp.or.jrs.renewal.report.MemberStatements},
 * {@code StatementHtml}). Every page is written in Java, each outside value escaped ({@code Html}), with the
 * style and footer every page shares ({@link jp.or.jrs.renewal.report.Pages}), the portal's templates too.
 */
package jp.or.jrs.renewal.report;
