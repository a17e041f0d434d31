package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.bench.BundledSuite;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The same scenario against the same external provider gives the same journal, steps and
 * verdict twice:
 * the adapter's clock, scheduler and keychain all follow virtual time, nothing real leaks in.
 */
class ExternalDeterminismTest {
  /** Skew, a backend outage, a timer while suspended, two regions: no parallel step. */
  private static final Set<String> SCENARIOS = Set.of("device-clock-behind",
      "backend-down-at-refresh", "background-timer-while-suspended", "two-regions-one-identity",
      "relaunch-after-idle");

  @Test
  void sameScenarioSameProviderSameReport() {
    List<Scenario> chosen = BundledSuite.scenarios().stream()
        .filter(s -> SCENARIOS.contains(s.name())).toList();
    assertEquals(SCENARIOS.size(), chosen.size());
    for (String spec : List.of(Adapters.POOL_JS, Adapters.BOTOCORE_PY, Adapters.NAIVE_JS)) {
      ExternalProvider provider = Adapters.provider(spec);
      try (ScenarioRunner runner = new ScenarioRunner()) {
        for (Scenario s : chosen) {
          RunResult first = runner.run(s, spec, provider);
          RunResult second = runner.run(s, spec, provider);
          assertTrue(first.record().entries().size() > 2, s.name());
          assertEquals(first.record().entries(), second.record().entries(),
              s.name() + " / " + spec + ": the journal");
          assertEquals(first.record().steps(), second.record().steps(), s.name() + ": the steps");
          assertEquals(first.violations(), second.violations(), s.name() + ": the verdict");
        }
      }
    }
  }
}
