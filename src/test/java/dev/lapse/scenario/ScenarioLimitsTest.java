package dev.lapse.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Oversized scenarios are refused where they are written, naming the limit. */
class ScenarioLimitsTest {
  private static ScenarioException read(String steps) {
    return assertThrows(ScenarioException.class, () -> ScenarioReader.read(
        "name: big\nsteps:\n" + steps, "big.yaml"));
  }

  @Test
  void aRepeatOfABillionIsRefusedAtItsTimes() {
    ScenarioException e = read("  - launch\n  - repeat:\n      times: 1000000000\n"
        + "      steps: [wait: 1m]\n");
    assertEquals(5, e.line());
    assertEquals(14, e.column());
    assertTrue(e.problem().contains("more than 100000 steps (the limit)"), e.problem());
  }

  @Test
  void nestedRepeatsAreCountedExpanded() {
    String steps = "  - " + "{repeat: {times: 100, steps: [".repeat(7) + "launch"
        + "]}}".repeat(7) + "\n";
    ScenarioException e = read(steps);
    assertTrue(e.problem().contains("more than 100000 steps"), e.problem());
  }

  @Test
  void manyRepeatsTogetherAreCountedAtTheSteps() {
    ScenarioException e = read("  - repeat: {times: 60000, steps: [launch]}\n".repeat(2));
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("the steps would expand to more than 100000"), e.problem());
  }

  @Test
  void aParallelOfAHundredThousandIsRefused() {
    ScenarioException e = read("  - launch\n  - parallel: {count: 100000, get: lapse-photos/a}\n");
    assertEquals(4, e.line());
    assertTrue(e.problem().contains("at most 1000"), e.problem());
    assertTrue(e.problem().contains("found 100000"), e.problem());
  }

  @Test
  void aThreeGigabytePutIsRefusedAtItsSize() {
    ScenarioException e = read("  - launch\n  - put: {object: lapse-photos/a, size: 3000000000}\n");
    assertEquals(4, e.line());
    assertTrue(e.problem().contains("at most 67108864 bytes"), e.problem());
  }

  @Test
  void aWaitBeyondTheYear9999IsALocatedErrorNotAnOverflow() {
    ScenarioException e = read("  - launch\n  - wait: 365241759663d\n");
    assertEquals(4, e.line());
    assertEquals(11, e.column());
    assertTrue(e.problem().contains("9,999 years"), e.problem());
  }

  @Test
  void theJavaBuilderKeepsTheSameLimits() {
    assertThrows(IllegalArgumentException.class,
        () -> new Step.Parallel(ScenarioLimits.MAX_PARALLEL + 1,
            new Step.CallerIdentity(DeviceSpec.DEFAULT_CLIENT)));
    assertThrows(IllegalArgumentException.class,
        () -> new Step.Wait(Duration.ofDays(4_000_000)));
  }
}
