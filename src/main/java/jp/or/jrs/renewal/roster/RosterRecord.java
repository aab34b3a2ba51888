package jp.or.jrs.renewal.roster;

import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.TableHeader;

/**
 * A data row of a roster file, with the file's header to read it by.
 * @param fileId the ledger's id of the file; 0 for a file that is only being checked
 */
public record RosterRecord(int fileId, String fileName, TableHeader<RosterColumn> header, CsvRow row) {
}
