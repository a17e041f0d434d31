package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.scenario.Scenario;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A step whose virtual time would leave the years 0001..9999 at run time (what the reader's
 * limits cannot see, such as a device clock skewed by ages) makes the run INCONCLUSIVE with a
 * sentence, and stops it there. It once was a note on the step of a run that passed.
 */
class ClockOutOfRangeTest {
  private final dev.lapse.provider.CredentialsProviderFactory robust =
      BundledProviders.all().get("robust").get();

  @Test
  void aDeviceClockSkewedPastTheYear9999MakesTheRunInconclusive() {
    Scenario s = Scenario.builder("far-skew").bucket("photos", "us-east-1").launch()
        .skew(Duration.ofDays(3_000_000)).get("photos/cat.jpg").callerIdentity().build();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      RunResult r = runner.run(s, "robust", robust);
      assertEquals(RunResult.Outcome.INCONCLUSIVE, r.outcome(), () -> r.violations().toString());
      assertTrue(r.inconclusive().startsWith("could not judge: step 3 (get photos/cat.jpg) "
          + "needed an instant outside the years 0001..9999: "), r.inconclusive());
      assertEquals(3, r.record().steps().size(), "nothing after that step ran");
    }
  }

  /** A fault that outlasts virtual time never ends, and the run is judged as usual. */
  @Test
  void aFaultLastingPastTheYear9999SimplyNeverEnds() {
    Scenario s = Scenario.builder("long-fault").bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").fault(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN,
            Duration.ofDays(3_000_000)).waitFor(Duration.ofMinutes(30))
        .get("photos/cat.jpg").build();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      RunResult r = runner.run(s, "robust", robust);
      assertEquals(RunResult.Outcome.PASS, r.outcome(), () -> r.violations().toString());
      assertTrue(r.record().steps().stream().allMatch(step -> step.note() == null),
          r.record().steps().toString());
    }
  }
}
