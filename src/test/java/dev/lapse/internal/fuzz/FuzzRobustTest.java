package dev.lapse.internal.fuzz;

import dev.lapse.FuzzCheck;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.ScenarioWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bundled robust provider survives the generator. */
class FuzzRobustTest {
  static final int TRIES = 10_000;
  /**
   * Long (10,000 tries took 169 s on 2 cores at load 2 to 4); run it with
   * {@code -Dgroups=long -Dlapse.excludedGroups=none}.
   */
  @Test
  @Tag("long")
  void robustSurvives10000Tries() {
    survives(TRIES);
  }

  /** The same search, cut short, for every build. */
  @Test
  void robustSurvives200Tries() {
    survives(200);
  }

  private static void survives(int tries) {
    FuzzReport report;
    try (Fuzzer fuzzer = Fuzzer.withWorkers(FuzzCheck.defaultWorkers(), ScenarioRunner::new)) {
      report = fuzzer.fuzz("robust", new RobustProviderFactory(),
          FuzzOptions.defaults().withSeed(1).withTries(tries), FuzzProgress.NONE);
    }
    System.out.printf("robust: %d tries in %.1f s (%.0f tries/s)%n", report.triesDone(),
        report.wallNanos() / 1e9, report.triesPerSecond());
    report.failure().ifPresent(f -> {
      throw new AssertionError(f.violation().message() + "\n" + ScenarioWriter.toYaml(f.shrunk()));
    });
    assertEquals(tries, report.triesDone());
    assertTrue(report.passed());
  }
}
