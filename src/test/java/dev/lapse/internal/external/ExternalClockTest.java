package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lapse.clock.VirtualClock;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The adapter's runtime clock is the device clock (skew included) at every request, its
 * scheduler runs at virtual instants, and what the provider logs lands in the run's record
 * with the virtual offset it was written at.
 */
class ExternalClockTest {
  private static final Duration SKEW = Duration.ofMinutes(-7);

  @ParameterizedTest
  @ValueSource(strings = {"node:src/test/resources/external/logs-clock.mjs",
      "python:src/test/resources/external/logs_clock.py"})
  void theProviderSeesTheDeviceClockAndItsLogIsKept(String spec) {
    ExternalProvider provider = Adapters.provider(spec);
    Scenario scenario = Scenario.builder("clock").bucket("photos", "us-east-1")
        .step(new Step.Skew(SKEW)).launch().waitFor(Duration.ofMinutes(2))
        .get("photos/cat.jpg").build();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      RunResult r = runner.run(scenario, spec, provider);
      List<String> log = r.record().providerLog();
      Instant device = VirtualClock.DEFAULT_START.plus(SKEW);
      assertEquals(3, log.size(), log::toString);
      assertLine("[+0s] launch ", device, log.get(0));
      assertLine("[+1m00s] task ", device.plus(Duration.ofMinutes(1)), log.get(1));
      assertLine("[+2m00s] credentials ", device.plus(Duration.ofMinutes(2)), log.get(2));
      assertFalse(r.record().steps().get(3).calls().get(0).ok(), "the provider threw");
    }
  }

  private static void assertLine(String prefix, Instant expected, String line) {
    assertEquals(prefix, line.substring(0, prefix.length()), line);
    assertEquals(expected, OffsetDateTime.parse(line.substring(prefix.length())).toInstant(), line);
  }
}
