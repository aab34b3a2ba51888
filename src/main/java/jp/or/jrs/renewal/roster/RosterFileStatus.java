package jp.or.jrs.renewal.roster;

/**
 * What a night did with a roster file it saw (spec §5, {@code summary.csv}). The names are stored in the
 * database and written in reports: they are never renamed.
 */
public enum RosterFileStatus {

	/** New: taken into the ledger. */
	INGESTED,

	/** Its name and content are in the ledger already: skipped. */
	UNCHANGED,

	/** A new version of a file in the ledger: what the old one contributed was replaced. */
	REPLACED,

	/** Not readable as a roster at all (encoding, empty, header): tried again every night until fixed. */
	FILE_REJECTED,

	/** Content the office withdrew: not taken in again (a new version is). */
	WITHDRAWN;

	/** Whether the night read the file: took it in, or refused it as a whole. */
	public boolean readThisNight() {
		return isIngested() || this == FILE_REJECTED;
	}

	/** Whether the night takes the file's rows in. */
	public boolean isIngested() {
		return this == INGESTED || this == REPLACED;
	}

}
