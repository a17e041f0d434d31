package dev.lapse.internal.fuzz;

import dev.lapse.check.Violation;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.StepKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "does this candidate still fail the same check?" for the shrinker, judging each
 * distinct scenario once (many edited choice sequences build the same scenario; a scenario
 * with a parallel step gets up to {@value #RACY_CHANCES} runs to show its failure) and counting
 * runs against a budget, so that shrinking always ends.
 */
final class FailureOracle {
  private final ScenarioRunner runner;
  private final String provider;
  private final CredentialsProviderFactory factory;
  private final String check;
  private final int budget;
  private final Map<Scenario, Optional<Violation>> seen = new HashMap<>();
  private int runs;

  FailureOracle(ScenarioRunner runner, String provider, CredentialsProviderFactory factory,
      String check, int budget) {
    this.runner = runner;
    this.provider = provider;
    this.factory = factory;
    this.check = check;
    this.budget = budget;
  }

  /**
   * Runs a candidate with a parallel step gets before it is taken to pass: its threads' real
   * interleaving may hide a race in one run that shows in the next (the one thing virtual time
   * does not decide), and a race missed once would stop the shrinker where it stood.
   */
  static final int RACY_CHANCES = 3;

  /** The first violation of the check being shrunk, or empty (also once the budget is spent). */
  Optional<Violation> test(Scenario candidate) {
    Optional<Violation> known = seen.get(candidate);
    if (known != null) {
      return known;
    }
    if (exhausted()) {
      return Optional.empty();
    }
    Optional<Violation> found = Optional.empty();
    int chances = racy(candidate) ? RACY_CHANCES : 1;
    for (int i = 0; i < chances && found.isEmpty() && !exhausted(); i++) {
      runs++;
      found = runner.run(candidate, provider, factory).violationsOf(check).stream().findFirst();
    }
    if (found.isPresent()) {
      // Counts only if it fails the same check again: a candidate that fails once is no
      // smaller reproduction of the failure, and would shrink towards noise.
      runs++;
      if (runner.run(candidate, provider, factory).violationsOf(check).isEmpty()) {
        found = Optional.empty();
      }
    }
    seen.put(candidate, found);
    return found;
  }

  private static boolean racy(Scenario candidate) {
    return candidate.steps().stream().anyMatch(s -> s.kind() == StepKind.PARALLEL);
  }

  boolean fails(Scenario candidate) {
    return test(candidate).isPresent();
  }

  /** Marks a scenario known to fail without running it again (the original failure). */
  void remember(Scenario scenario, Violation violation) {
    seen.put(scenario, Optional.of(violation));
  }

  boolean exhausted() {
    return runs >= budget;
  }

  int runs() {
    return runs;
  }
}
