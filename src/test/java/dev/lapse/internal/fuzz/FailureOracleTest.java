package dev.lapse.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shrinker's rule: a smaller candidate counts only if it fails the same check again, so
 * shrinking never walks towards a one-off (which would leave a "reproduction" that passes).
 */
class FailureOracleTest {
  private final CredentialsProviderFactory robust = BundledProviders.all().get("robust").get();

  private static Scenario candidate() {
    return Scenario.builder("candidate").bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").build();
  }

  /** Fails calls-succeed at its first {@code failing} launches, then works. */
  private CredentialsProviderFactory failingAtFirst(int failing, AtomicInteger launches) {
    return device -> {
      if (launches.incrementAndGet() <= failing) {
        throw new IllegalStateException("launch " + launches.get() + " fails");
      }
      return robust.launch(device);
    };
  }

  @Test
  void aCandidateThatFailsOnlyOnceDoesNotCount() {
    AtomicInteger launches = new AtomicInteger();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      FailureOracle oracle = new FailureOracle(runner, "once", failingAtFirst(1, launches),
          "calls-succeed", 100);
      assertFalse(oracle.fails(candidate()), "failed on its first run only");
      assertEquals(2, oracle.runs(), "run again before it counted");
      assertFalse(oracle.fails(candidate()));
      assertEquals(2, oracle.runs(), "judged once: the answer is remembered");
    }
  }

  @Test
  void aCandidateThatFailsTheSameCheckAgainCounts() {
    AtomicInteger launches = new AtomicInteger();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      FailureOracle oracle = new FailureOracle(runner, "twice", failingAtFirst(2, launches),
          "calls-succeed", 100);
      assertTrue(oracle.test(candidate()).isPresent());
      assertEquals("calls-succeed", oracle.test(candidate()).get().check());
      assertEquals(2, oracle.runs());
      assertEquals(2, launches.get());
    }
  }

  /** Failing some other check again is not the same failure. */
  @Test
  void anotherCheckIsNotTheSameFailure() {
    AtomicInteger launches = new AtomicInteger();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      FailureOracle oracle = new FailureOracle(runner, "other", failingAtFirst(2, launches),
          "no-expired-token", 100);
      assertFalse(oracle.fails(candidate()));
      assertEquals(1, oracle.runs(), "no failure of that check: no second run");
    }
  }
}
