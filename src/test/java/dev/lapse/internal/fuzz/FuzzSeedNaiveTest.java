package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.ScenarioWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** From the generator alone (no bundled scenario), fuzzing finds the seed app's bug. */
class FuzzSeedNaiveTest {
  private static ScenarioRunner runner;

  @BeforeAll
  static void open() {
    runner = new ScenarioRunner();
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  @Test
  void findsAnExpiredTokenWithin1000TriesAndShrinksItToAtMostSixSteps() {
    FuzzReport report = new Fuzzer(runner).fuzz("seed-naive", new SeedNaiveProviderFactory(),
        FuzzOptions.defaults().withSeed(1).withTries(1_000), FuzzProgress.NONE);
    FuzzFailure failure = report.failure().orElseThrow(() -> new AssertionError(
        "no failure in " + report.triesDone() + " tries"));
    String yaml = ScenarioWriter.toYaml(failure.shrunk());
    System.out.println("seed-naive: try " + failure.tryIndex() + ", "
        + failure.original().steps().size() + " -> " + failure.shrunk().steps().size()
        + " steps in " + failure.shrinkRuns() + " runs\n" + yaml);
    assertEquals("no-expired-token", failure.violation().check(), failure.violation().message());
    assertTrue(failure.tryIndex() < 1_000);
    assertTrue(failure.shrunk().steps().size() <= 6, yaml);
  }
}
