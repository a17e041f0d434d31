package dev.lapse.internal.fuzz;

import dev.lapse.check.Violation;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "does this candidate still fail the same check?" for the shrinker, running each
 * distinct scenario at most once (many edited choice sequences build the same scenario) and
 * counting runs against a budget, so that shrinking always ends.
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

  /** The first violation of the check being shrunk, or empty (also once the budget is spent). */
  Optional<Violation> test(Scenario candidate) {
    Optional<Violation> known = seen.get(candidate);
    if (known != null) {
      return known;
    }
    if (exhausted()) {
      return Optional.empty();
    }
    runs++;
    RunResult result = runner.run(candidate, provider, factory);
    Optional<Violation> found = result.violationsOf(check).stream().findFirst();
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
