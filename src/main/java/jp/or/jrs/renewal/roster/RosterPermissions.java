package jp.or.jrs.renewal.roster;

import java.util.Optional;
import java.util.Set;

import jp.or.jrs.renewal.catalog.MeetingId;

/**
 * Which meetings a roster file may report for. A file the office drops in the inbox may report for any;
 * one an organizer uploaded through the portal, only for the meetings of their account: its other rows
 * are rejected ({@code MEETING_NOT_PERMITTED}) by the night as by the portal's check.
 */
public interface RosterPermissions {

	/** The meetings the file may report for; empty when it may report for any. */
	Optional<Set<MeetingId>> permittedMeetings(String rosterFileName);

}
