/**
 * Members and the certifications they renew: reading {@code members.csv} and
 * {@code certifications.csv} with their rejects ({@link jp.or.jrs.renewal.member.MemberFiles}) and the
 * tables the roster checks and the credits step read. Second step of the night.
 */
package jp.or.jrs.renewal.member;
