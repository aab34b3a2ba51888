/**
 * The nightly job as a whole: its steps in order ({@link jp.or.jrs.renewal.job.RenewalJobConfiguration}),
 * and the command line that starts, resumes or declines a run and turns its outcome into an exit status.
 */
package jp.or.jrs.renewal.job;
