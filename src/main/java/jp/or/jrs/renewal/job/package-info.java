/**
 * The nightly job as a whole: its steps in order ({@link jp.or.jrs.renewal.job.RenewalJobConfiguration});
 * starting, resuming or declining a run for any way in ({@code NightlyRuns}); the history of runs, read
 * from Spring Batch's own tables ({@code RunHistory}); rerunning a step; purging old metadata.
 */
package jp.or.jrs.renewal.job;
