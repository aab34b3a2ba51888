/**
 * The renewal-credits batch. Its packages follow the night:
 * {@code catalog} (the published table of accredited meetings), {@code member} (members and their
 * certifications), {@code roster} (organizers' files: intake, reading, validation, rejects),
 * {@code ledger} (the accepted credits), {@code credits} (rule files and the engine that judges each
 * certification), {@code report} (the files people read) and {@code job} (the steps in order and the
 * command line). {@code support} holds what they share.
 */
package jp.or.jrs.renewal;
