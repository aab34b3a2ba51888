/**
 * Organizers' roster files: which the night takes in ({@link jp.or.jrs.renewal.roster.RosterIntakeTasklet}),
 * reading them ({@link jp.or.jrs.renewal.roster.RosterFileReader}), every check of a row
 * ({@link jp.or.jrs.renewal.roster.RosterChecks}) and duplicates, and writing each chunk to the ledger and
 * its problems to the reject table. Third and fourth steps of the night.
 */
package jp.or.jrs.renewal.roster;
