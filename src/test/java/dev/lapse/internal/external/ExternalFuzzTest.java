package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;
import dev.lapse.internal.fuzz.Fuzzer;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import dev.lapse.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;

/** The fuzzer finds the JavaScript naive provider's bug, and the shrunk scenario reproduces. */
class ExternalFuzzTest {

  @Test
  void findsTheNaiveJsBugShrinksItAndTheYamlReproducesWithRun() {
    ExternalProvider provider = Adapters.provider(Adapters.NAIVE_JS);
    FuzzFailure failure;
    try (ScenarioRunner runner = new ScenarioRunner()) {
      FuzzReport report = new Fuzzer(runner).fuzz(Adapters.NAIVE_JS, provider,
          FuzzOptions.defaults().withSeed(3).withTries(300), FuzzProgress.NONE);
      failure = report.failure().orElseThrow(() -> new AssertionError(
          "no failure in " + report.triesDone() + " tries"));
    }
    String yaml = ScenarioWriter.toYaml(failure.shrunk());
    assertEquals("no-expired-token", failure.violation().check(), failure.violation().message());
    assertTrue(failure.shrunk().steps().size() <= 6, yaml);
    assertTrue(failure.shrunk().name().startsWith("fuzz-node-naive-provider-seed3"), yaml);

    Scenario reread = ScenarioReader.read(yaml, "shrunk.yaml");
    try (ScenarioRunner runner = new ScenarioRunner()) {
      RunResult rerun = runner.run(reread, Adapters.NAIVE_JS, provider);
      assertFalse(rerun.violationsOf("no-expired-token").isEmpty(), rerun::verdict);
    }
  }
}
