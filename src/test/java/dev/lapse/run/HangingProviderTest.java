package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A provider that hangs is cut off after the step limit; Lapse itself never hangs. */
class HangingProviderTest {
  @Test
  void aHangingLaunchFailsItsStepAndTheRunGoesOn() {
    CountDownLatch never = new CountDownLatch(1);
    CredentialsProviderFactory hangs = device -> {
      never.await(); // genuinely stuck: the point of the test
      return null;
    };
    Scenario s = Scenario.builder("hang").bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").waitFor(Duration.ofMinutes(1)).build();
    try (ScenarioRunner runner = new ScenarioRunner(Duration.ofMillis(300), 1)) {
      RunResult r = runner.run(s, "hangs", hangs);
      assertTrue(r.record().steps().get(0).note().contains("cut off after"),
          r.record().steps().get(0).note());
      assertEquals(3, r.record().steps().size(), "the run went on after the hung step");
      assertEquals("calls-succeed", r.violations().get(0).check());
    }
  }
}
