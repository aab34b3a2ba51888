/**
 * The benchmark ({@code bench/run}): generates and caches input at a million and ten million roster
 * rows, runs the real jar on it as the office does (a fresh JVM, the embedded database in file mode,
 * default settings), and prints per step the wall time, rows per second, peak heap and database size,
 * beside the time Commons CSV alone takes to read the same files.
 */
package jp.or.jrs.renewal.bench;
