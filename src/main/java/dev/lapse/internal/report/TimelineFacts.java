package dev.lapse.internal.report;

import dev.lapse.journal.JournalEntry;
import dev.lapse.run.RunResult;
import java.time.Instant;

/** Reads a run's history into the {@link Timeline} its drawing shows. */
final class TimelineFacts {
  private TimelineFacts() {}

  static Timeline of(RunResult r) {
    LifecycleFacts life = new LifecycleFacts(r.scenario(), r.record());
    ValidityFacts validity = new ValidityFacts(r.record());
    return new Timeline(r.record().start(), drawnEnd(r), life.lifecycle, life.events,
        life.conditions, validity.tokens(), validity.credentials(),
        new RequestFacts(r.record()).rows(), ViolationSpot.of(r));
  }

  /**
   * The run's end, or later when a request was still in flight then: with modelled latency a
   * request sent just before the end is judged (and may issue credentials) after it.
   */
  private static Instant drawnEnd(RunResult r) {
    Instant end = r.record().end();
    for (JournalEntry e : r.record().entries()) {
      if (e.judgedAt().isAfter(end)) {
        end = e.judgedAt();
      }
    }
    return end;
  }
}
