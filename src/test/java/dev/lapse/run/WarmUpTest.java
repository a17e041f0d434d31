package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The warm-up (class loading and the JIT before the first judged scenario) runs once per JVM
 * and transport, whatever the number of runners and runs, on the transport the runs use, and
 * never shows in a result, a suite's finished runs or a journal.
 */
class WarmUpTest {
  private final CredentialsProviderFactory robust = BundledProviders.all().get("robust").get();

  private static Scenario scenario() {
    return Scenario.builder("after-warm-up").bucket("photos", "us-east-1").launch()
        .list("photos").build();
  }

  @Test
  void onceForEachTransportAndInNoReport() {
    for (int round = 0; round < 2; round++) {
      for (Transport transport : Transport.values()) {
        try (ScenarioRunner runner = new ScenarioRunner(Duration.ofSeconds(30), 1, transport)) {
          RunResult r = runner.run(scenario(), "robust", robust);
          assertEquals(RunResult.Outcome.PASS, r.outcome(), () -> r.violations().toString());
          assertTrue(r.record().entries().stream().noneMatch(e -> String.valueOf(e.resource())
              .contains("warm")), "the warm-up's requests are not in the run's journal");
        }
      }
    }
    assertTrue(WarmUp.done(Transport.MEMORY) && WarmUp.done(Transport.HTTP),
        "warmed on the transport the runs use");
    assertEquals(Transport.values().length, WarmUp.runs(), "once per JVM and transport");
    List<RunResult> suite = SuiteRun.run(List.of(scenario()), Map.of("robust", robust),
        Duration.ofSeconds(30), 1, 2);
    assertEquals(List.of("after-warm-up"), suite.stream().map(r -> r.scenario().name()).toList());
    assertEquals(List.of("after-warm-up"), RunsInFlight.finishedSoFar().stream()
        .map(r -> r.scenario().name()).toList(), "a System.exit report would not show it");
    assertEquals(Transport.values().length, WarmUp.runs());
  }
}
