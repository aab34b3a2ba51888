/**
 * The files and pages people read, written by the night's last steps ({@code rosterReports}, {@code reports}):
 * the reject reports and the organizers' pages, {@code summary.csv}, the run summary
 * and the office dashboards ({@link jp.or.jrs.renewal.report.Pages}, Thymeleaf templates shared with the
 * portal); and the members' statements, on demand ({@link jp.or.jrs.renewal.report.MemberStatements}, pages
 * written by {@code StatementHtml}).
 */
package jp.or.jrs.renewal.report;
