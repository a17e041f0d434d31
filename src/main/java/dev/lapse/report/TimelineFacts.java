package dev.lapse.report;

import dev.lapse.run.RunResult;

/** Reads a run's history into the {@link Timeline} its drawing shows. */
final class TimelineFacts {
  private TimelineFacts() {}

  static Timeline of(RunResult r) {
    LifecycleFacts life = new LifecycleFacts(r.scenario(), r.record());
    ValidityFacts validity = new ValidityFacts(r.record());
    return new Timeline(r.record().start(), r.record().end(), life.lifecycle, life.events,
        life.conditions, validity.tokens(), validity.credentials(),
        new RequestFacts(r.record()).rows(), ViolationSpot.of(r));
  }
}
