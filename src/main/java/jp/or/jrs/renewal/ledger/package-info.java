/**
 * The ledger of accepted credits, kept per roster file so that a correction replaces exactly what the
 * file contributed, and stored one row per ingested chunk ({@link jp.or.jrs.renewal.ledger.LedgerChunks}).
 */
package jp.or.jrs.renewal.ledger;
