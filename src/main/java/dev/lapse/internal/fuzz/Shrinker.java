package dev.lapse.internal.fuzz;

import dev.lapse.check.Violation;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;

/**
 * Shrinks a failing generated scenario to a small one that still fails the same check: first
 * through its recorded choices ({@link ChoiceShrinker}: whole actions deleted, choices lowered
 * toward "the simplest"), then through its steps ({@link StepShrinker}: single steps dropped,
 * waits searched down to the boundary that matters, bursts made smaller). Deterministic: the
 * same failure shrinks to the same scenario, as long as the provider behaves the same.
 */
public final class Shrinker {
  /** Default most scenario runs one shrink may spend. */
  public static final int DEFAULT_BUDGET = 600;

  /** The outcome: the smallest failing scenario found and the violation it shows. */
  public record Shrunk(Scenario scenario, Violation violation, int runs) {}

  private final ScenarioRunner runner;
  private final ScenarioGenerator generator;
  private final int budget;

  public Shrinker(ScenarioRunner runner, ScenarioGenerator generator, int budget) {
    this.runner = runner;
    this.generator = generator;
    this.budget = budget;
  }

  /**
   * @param choices  the choices {@code failing} was generated from
   * @param violation the violation it showed; shrinking keeps failing {@code violation.check()}
   */
  public Shrunk shrink(String provider, CredentialsProviderFactory factory, int[] choices,
      Scenario failing, Violation violation) {
    FailureOracle oracle = new FailureOracle(runner, provider, factory, violation.check(), budget);
    oracle.remember(failing, violation);
    ChoiceShrinker byChoices = new ChoiceShrinker(generator, oracle, choices, failing);
    byChoices.run();
    StepShrinker bySteps = new StepShrinker(oracle, byChoices.bestScenario());
    bySteps.run();
    Scenario best = bySteps.best();
    return new Shrunk(best, oracle.test(best).orElse(violation), oracle.runs());
  }
}
