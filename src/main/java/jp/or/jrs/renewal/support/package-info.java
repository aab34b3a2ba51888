/**
 * Small pieces every step shares: how names are compared ({@link jp.or.jrs.renewal.support.NameKey}),
 * how numbers are printed, the problem record behind every reject report, and the one place that writes
 * Excel-safe CSV ({@link jp.or.jrs.renewal.support.ReportCsv}); and the database underneath them all: its
 * schema ({@link jp.or.jrs.renewal.support.SchemaMigrations}), its checkpoints
 * ({@link jp.or.jrs.renewal.support.DatabaseCheckpoints}) and, on HSQLDB, the compiled statements its
 * connections keep ({@link jp.or.jrs.renewal.support.HsqldbKeptStatements}).
 */
package jp.or.jrs.renewal.support;
