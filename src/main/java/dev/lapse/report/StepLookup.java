package dev.lapse.report;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.util.List;
import java.util.Optional;

/**
 * Finds the scenario step a {@link dev.lapse.journal.StepRecord} id names: {@code 5} is the
 * fifth step, {@code 7.2.1} the first step of round 2 of the repeat at step 7. The record only
 * carries a description; the report wants the typed step (a skew's offset, a fault's length).
 */
final class StepLookup {
  private StepLookup() {}

  static Optional<Step> find(Scenario scenario, String id) {
    String[] parts = id.split("\\.");
    List<Step> level = scenario.steps();
    try {
      for (int i = 0; i < parts.length; i++) {
        Step step = level.get(Integer.parseInt(parts[i]) - 1);
        if (i == parts.length - 1) {
          return Optional.of(step);
        }
        if (!(step instanceof Step.Repeat repeat) || i + 2 >= parts.length) {
          return Optional.empty();
        }
        level = repeat.steps();
        i++; // skip the round number: every round runs the same steps
      }
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      // An id from another scenario (a hand-built record): no typed step to show.
    }
    return Optional.empty();
  }
}
