/**
 * The catalog of accredited meetings: reading the table as the society publishes it
 * ({@link jp.or.jrs.renewal.catalog.PublishedTableParser}), the office's corrections, stable meeting ids
 * ({@link jp.or.jrs.renewal.catalog.CatalogStore}), and finding the meeting a roster names, current or
 * former name ({@link jp.or.jrs.renewal.catalog.CatalogIndex}). First step of the night.
 */
package jp.or.jrs.renewal.catalog;
