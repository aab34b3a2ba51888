/**
 * The files people read: {@code eligibility.csv} and {@code requirements.csv} as the credits step judges,
 * then {@code summary.csv}, the reject reports and the run summary for the office. Last step of the night.
 */
package jp.or.jrs.renewal.report;
