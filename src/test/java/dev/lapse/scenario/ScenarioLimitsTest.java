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

  /** The nest's own total, said once, at the outermost repeat's times (line 3, column 22). */
  @Test
  void nestedRepeatsAreRefusedAtTheOutermostWithTheWholeNestsCount() {
    String steps = "  - " + "{repeat: {times: 100, steps: [".repeat(7) + "launch"
        + "]}}".repeat(7) + "\n";
    ScenarioException e = read(steps);
    assertEquals(3, e.line());
    assertEquals(22, e.column());
    assertTrue(e.problem().startsWith("this repeat would run 100000000000000 steps with the "
        + "repeats nested in it (100 rounds of 1000000000000;"), e.problem());
    assertTrue(e.problem().contains("more than 100000 steps (the limit)"), e.problem());
  }

  /** A burst counts as its calls: 99,999 rounds of 1,000 calls is 10^8 calls, not 10^5 steps. */
  @Test
  void aParallelInsideARepeatCountsEachOfItsCalls() {
    ScenarioException e = read("  - launch\n  - repeat:\n      times: 99999\n"
        + "      steps: [parallel: {count: 1000, caller-identity: {}}]\n");
    assertEquals(5, e.line());
    assertEquals(14, e.column());
    assertTrue(e.problem().startsWith("this repeat would run 99999000 steps (99999 rounds of "
        + "1000; a parallel counts each of its calls)"), e.problem());
    assertEquals(100_000, ScenarioReader.read("name: ok\nsteps:\n  - launch\n  - repeat: "
        + "{times: 99, steps: [{parallel: {count: 1000, caller-identity: {}}}]}\n"
        + "  - repeat: {times: 999, steps: [caller-identity]}\n", "ok.yaml").steps().stream()
        .mapToLong(Step::expandedSteps).sum(), "up to the limit is accepted");
  }

  @Test
  void theBuilderRefusesABurstInARepeatNamingTheStep() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder("big").launch()
            .repeat(99_999, body -> body.parallel(1_000, call -> call.callerIdentity())).build());
    assertTrue(e.getMessage().startsWith("step 2 (repeat): this repeat would run 99999000 "
        + "steps"), e.getMessage());
  }

  /** Two waits each within 9,999 years used to pass the reader and fail silently at run time. */
  @Test
  void waitsThatAddUpPastTheYear9999AreRefusedAtTheStepThatCrosses() {
    ScenarioException e = read("  - launch\n  - wait: 2900000d\n  - caller-identity\n"
        + "  - wait: 2900000d\n");
    assertEquals(6, e.line());
    assertEquals(5, e.column());
    assertTrue(e.problem().startsWith("the scenario's waits add up to more than "
        + ScenarioLimits.MAX_ELAPSED.toDays() + "d"), e.problem());
    assertTrue(e.problem().contains("every run starts at 2026-01-01 and virtual time may not "
        + "pass the year 9999); this step brings them to 5800000d"), e.problem());
  }

  @Test
  void uploadsCountAndARepeatsRoundsAreRefusedAtItsTimes() {
    ScenarioException upload = assertThrows(ScenarioException.class, () -> ScenarioReader.read(
        "name: big\nworld: {buckets: {photos: us-east-1}}\nsteps:\n  - launch\n"
        + "  - wait: 2900000d\n  - upload: {to: photos/v.mp4, size: 1MiB, part-size: 5MiB, takes: 100000d}\n",
        "big.yaml"));
    assertEquals(6, upload.line());
    assertTrue(upload.problem().contains("this step brings them to 3000000d"), upload.problem());
    ScenarioException rounds = read("  - launch\n  - repeat:\n      times: 3\n"
        + "      steps: [wait: 1000000d, caller-identity]\n");
    assertEquals(5, rounds.line());
    assertEquals(14, rounds.column());
    assertTrue(rounds.problem().contains("this repeat's 3 rounds brings them to 3000000d"),
        rounds.problem());
    ScenarioException inner = read("  - wait: 2000000d\n  - repeat: {times: 2, steps: "
        + "[wait: 1d, wait: 1000000d]}\n");
    assertEquals(4, inner.line());
    assertEquals(42, inner.column(), "the inner wait that crosses in the first round");
  }

  @Test
  void theBuilderRefusesWaitsThatAddUpPastTheYear9999() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder("long").launch().waitFor(Duration.ofDays(2_900_000))
            .repeat(2, body -> body.waitFor(Duration.ofDays(1_000))).callerIdentity()
            .waitFor(Duration.ofDays(2_900_000)).build());
    assertTrue(e.getMessage().startsWith("step 5 (wait): the scenario's waits add up"),
        e.getMessage());
    assertEquals(Duration.ofDays(2_902_000), Scenario.builder("fine").launch()
        .waitFor(Duration.ofDays(2_900_000)).repeat(2, body -> body.waitFor(
            Duration.ofDays(1_000))).build().steps().stream().map(Step::clockAdvance)
        .reduce(Duration.ZERO, Duration::plus));
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
