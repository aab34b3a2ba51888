package jp.or.jrs.renewal.roster;

import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.TableHeader;

/** A data row of a roster file, with the file's header to read it by. */
public record RosterRecord(String fileName, TableHeader<RosterColumn> header, CsvRow row) {
}
