/**
 * Small pieces every step shares: how names are compared ({@link jp.or.jrs.renewal.support.NameKey}),
 * how numbers are printed, the problem record behind every reject report, and the one place that writes
 * Excel-safe CSV ({@link jp.or.jrs.renewal.support.ReportCsv}).
 */
package jp.or.jrs.renewal.support;
