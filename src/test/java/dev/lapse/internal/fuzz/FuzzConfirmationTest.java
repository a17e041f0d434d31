package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.ScenarioRunner;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer reports only failures that come back: one that does not reproduce on a rerun is
 * noted as "flaky: depends on real time", with what differed, and the search goes on.
 */
class FuzzConfirmationTest {
  @Test
  void aFailureThatDoesNotReproduceIsFlakyAndTheSearchGoesOn() {
    CredentialsProviderFactory robust = BundledProviders.all().get("robust").get();
    AtomicInteger launches = new AtomicInteger();
    CredentialsProviderFactory failsOnce = device -> {
      if (launches.incrementAndGet() == 1) {
        throw new IllegalStateException("a one-off, as real time makes them");
      }
      return robust.launch(device);
    };
    try (ScenarioRunner runner = new ScenarioRunner()) {
      FuzzReport report = new Fuzzer(runner).fuzz("fails-once", failsOnce,
          FuzzOptions.defaults().withSeed(7).withTries(20), FuzzProgress.NONE);
      assertTrue(report.passed(), () -> report.failure().get().violation().message());
      assertEquals(20, report.triesDone(), "the search went on past the flaky try");
      assertEquals(1, report.flaky().size(), report.flaky().toString());
      String flaky = report.flaky().get(0);
      assertTrue(flaky.startsWith("try 0: flaky: depends on real time: "), flaky);
      assertTrue(flaky.contains("but not on rerun 1 of 2 (passed)"), flaky);
    }
  }
}
