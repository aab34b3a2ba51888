package jp.or.jrs.renewal.member;

import java.util.Set;

import jp.or.jrs.renewal.support.Message;

/**
 * Which certifications the rule files judge, and in which renewal years: a certification no rule judges
 * is a bad row of {@code certifications.csv}, not a verdict. The rule book answers it; the member list
 * only asks.
 */
public interface RuleCoverage {

	/** The certification codes some rule version judges: the only ones certifications.csv may use. */
	Set<String> certifications();

	/** Why no rule version judges this certification's renewal, or {@code null} when one does. */
	Message whyNotJudged(Certification certification);

	/** A digest of the rule files: the two answers above change only with it. */
	String digest();

}
