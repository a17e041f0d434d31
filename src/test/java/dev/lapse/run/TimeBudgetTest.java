package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --time-budget} bounds the run in progress, not only the runs not begun: a provider
 * stuck at launch, with a step limit of a minute, is cut off when the 2 s budget runs out,
 * and the run is INCONCLUSIVE (the budget, not the provider), never a {@code hangs} finding.
 * Without the bound this test would take three minutes and end with a hang.
 */
class TimeBudgetTest {
  private static final Duration STEP_LIMIT = Duration.ofMinutes(1);
  private static final Duration BUDGET = Duration.ofSeconds(2);

  /** Class loading must not eat the 2 s: the warm-up is once per JVM, done here first. */
  @BeforeAll
  static void warm() {
    WarmUp.once(Transport.MEMORY);
  }

  private static Scenario scenario(String name) {
    return Scenario.builder(name).bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").build();
  }

  @Test
  void aRunStuckWhenTheBudgetRunsOutIsInconclusiveAndTheRestAreNotRun() {
    CountDownLatch never = new CountDownLatch(1);
    CredentialsProviderFactory stuck = device -> {
      never.await(); // blocks until cut off: the point of the test
      return null;
    };
    Map<String, CredentialsProviderFactory> providers = new LinkedHashMap<>();
    providers.put("stuck", stuck);
    List<RunResult> results = SuiteRun.run(List.of(scenario("first"), scenario("second")),
        providers, STEP_LIMIT, STEP_LIMIT.multipliedBy(2), BUDGET, 1, 1, Transport.MEMORY);
    RunResult cut = results.get(0);
    assertEquals(RunResult.Outcome.INCONCLUSIVE, cut.outcome(), () -> cut.violations().toString());
    assertTrue(cut.inconclusive().startsWith("could not judge: the real-time budget of 2s "
        + "(--time-budget) was spent in step 1 (launch), which was cut off after "),
        cut.inconclusive());
    assertTrue(cut.inconclusive().endsWith(" of real time (what was left of the run's budget)"),
        cut.inconclusive());
    assertTrue(cut.threadDump().contains("CountDownLatch.await"), cut.threadDump());
    assertEquals("not run: the real-time budget of 2s (--time-budget) was spent before this "
        + "run began", results.get(1).inconclusive());
  }

  @Test
  void aBudgetThatIsNotSpentChangesNothing() {
    Map<String, CredentialsProviderFactory> providers = Map.of("robust",
        BundledProviders.all().get("robust").get());
    List<RunResult> results = SuiteRun.run(List.of(scenario("one")), providers, STEP_LIMIT,
        STEP_LIMIT, Duration.ofMinutes(10), 1, 1, Transport.MEMORY);
    assertEquals(RunResult.Outcome.PASS, results.get(0).outcome(),
        () -> results.get(0).violations().toString());
    assertNull(results.get(0).inconclusive());
  }
}
