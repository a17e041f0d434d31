package dev.lapse.history;

import dev.lapse.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history of one scenario run, Jepsen style: every step with its call outcomes, and every
 * request the fake AWS journaled during the run. Checks read it afterwards.
 *
 * @param start     virtual instant the run began (offsets are measured from it)
 * @param end       virtual instant the run ended
 * @param credentialsTtl the world's credential lifetime (for refresh budgets)
 * @param dropped   journal entries dropped because the journal was full
 * @param providerLog what a provider in another language wrote to stderr (console.log, print),
 *                  each line with the virtual offset it was read at; empty for Java providers
 */
public record RunRecord(Instant start, Instant end, Duration credentialsTtl,
    List<StepRecord> steps, List<JournalEntry> entries, long dropped, List<String> providerLog) {

  public RunRecord {
    steps = List.copyOf(steps);
    entries = List.copyOf(entries);
    providerLog = List.copyOf(providerLog);
  }

  /** A run without a provider log (a Java provider). */
  public RunRecord(Instant start, Instant end, Duration credentialsTtl, List<StepRecord> steps,
      List<JournalEntry> entries, long dropped) {
    this(start, end, credentialsTtl, steps, entries, dropped, List.of());
  }

  /** The step during which the request with this sequence number was received. */
  public Optional<StepRecord> stepOf(long seq) {
    return steps.stream().filter(s -> s.covers(seq)).findFirst();
  }

  public Duration offset(Instant t) {
    return Duration.between(start, t);
  }
}
