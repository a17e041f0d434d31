/**
 * The journal of the fake AWS: every request it received, in order, with the virtual instants
 * it was received and judged at, the service and {@link dev.lapse.vocabulary.Operation}, the
 * credentials and login token it carried (with their lineage), the signature and expiry
 * verdicts, and what the response said and issued ({@link dev.lapse.journal.JournalEntry}).
 * Bounded: the oldest entries are dropped and counted.
 *
 * <pre>{@code
 * result.record().entries().stream().filter(JournalEntry::presentedExpired).toList();
 * }</pre>
 */
package dev.lapse.journal;
