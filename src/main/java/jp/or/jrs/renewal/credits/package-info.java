/**
 * Judging certifications: the rule files of {@code jobs/rules} ({@link jp.or.jrs.renewal.credits.RuleBook}),
 * the one engine that applies any of them ({@link jp.or.jrs.renewal.credits.RulesEngine}), renewal windows,
 * and reading each member with their credits. Fifth step of the night.
 */
package jp.or.jrs.renewal.credits;
