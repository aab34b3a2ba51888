/**
 * What administrators and organizers do around the night: see the state of recent runs
 * ({@code status}), run one step again ({@code rerun-step}), check a roster before sending it
 * ({@code check}), withdraw a roster's contribution ({@code withdraw}) and trim old job metadata
 * ({@code purge}). The night itself, and resuming it, are in {@code job}.
 */
package jp.or.jrs.renewal.admin;
