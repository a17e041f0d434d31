package dev.lapse.internal.report;

import dev.lapse.check.Violation;
import dev.lapse.history.CallOutcome;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.StepRecord;
import dev.lapse.internal.report.Timeline.Spot;
import dev.lapse.run.RunResult;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds where on the timeline the first violation belongs. A violation about a request names
 * its sequence number; one about an app call (calls-succeed) names only its step and time, so
 * the failed call in that step at that time is the mark.
 */
final class ViolationSpot {
  private ViolationSpot() {}

  static Spot of(RunResult r) {
    Optional<Violation> first = r.firstViolation();
    if (first.isEmpty()) {
      return null;
    }
    Violation v = first.get();
    if (v.request() > 0) {
      for (JournalEntry e : r.record().entries()) {
        if (e.seq() == v.request()) {
          return new Spot(e.judgedAt(), "r" + e.seq(), v);
        }
      }
    }
    Instant at = OffsetText.parse(v.at()).map(d -> r.record().start().plus(d))
        .orElse(r.record().start());
    for (StepRecord s : r.record().steps()) {
      if (!s.label().equals(v.step())) {
        continue;
      }
      for (int i = 0; i < s.calls().size(); i++) {
        CallOutcome c = s.calls().get(i);
        if (!c.ok() && c.at().equals(at)) {
          return new Spot(at, RequestFacts.callId(s, i), v);
        }
      }
    }
    return new Spot(at, null, v);
  }
}
