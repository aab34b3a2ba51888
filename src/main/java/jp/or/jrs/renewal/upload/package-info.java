/**
 * Rosters sent through the organizers' portal: the portal's accounts ({@link jp.or.jrs.renewal.upload.PortalAccounts}:
 * the office, and organizers limited to their meetings) and every upload ({@link jp.or.jrs.renewal.upload.RosterUploads}:
 * checked at once as the night would check it, kept immutably, put in the roster inbox for the next night
 * once confirmed, and followed to what the night made of it).
 */
package jp.or.jrs.renewal.upload;
