/**
 * Writes realistic input at any scale in the spec's formats (members, certifications, roster files with
 * their mix of encodings, headers, credit types and mistakes), for the shipped sample and the benchmark.
 * Run as {@code java -jar renewal-credits.jar generate ...}; it needs no database.
 */
package jp.or.jrs.renewal.generator;
