/**
 * The files and pages people read, written by the night's last steps ({@code rosterReports}, {@code reports}):
 * the reject reports and the organizers' pages, {@code summary.csv}, the run summary
 * and the office dashboards ({@link jp.or.jrs.renewal.report.Pages}, Thymeleaf templates shared with the
 * portal). The pages written by the hundred, the organizers' reports ({@code OrganizerHtml}) and the members'
 * statements, on demand ({@link jp.or.jrs.renewal.report.MemberStatements}, {@code StatementHtml}), are written
 * outside the templates, in their style.
 */
package jp.or.jrs.renewal.report;
