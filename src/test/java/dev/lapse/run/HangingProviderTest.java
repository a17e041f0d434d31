package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A cut-off is never a verdict by itself: a provider that hangs (still stuck on a rerun with
 * the much longer hang limit) is a `hangs` finding with its thread's stack; one that was only
 * slow is judged on the rerun; anything else is inconclusive. Lapse itself never hangs.
 */
class HangingProviderTest {
  private static final Duration LIMIT = Duration.ofMillis(300);
  private static final Duration HANG_LIMIT = Duration.ofMillis(1200);
  private final CredentialsProviderFactory robust = BundledProviders.all().get("robust").get();

  private static Scenario scenario() {
    return Scenario.builder("hang").bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").waitFor(Duration.ofMinutes(1)).build();
  }

  @Test
  void aLaunchStuckTwiceIsAHangsFindingWithTheThreadDump() {
    CountDownLatch never = new CountDownLatch(1);
    CredentialsProviderFactory hangs = device -> {
      never.await(); // genuinely stuck: the point of the test
      return null;
    };
    try (ScenarioRunner runner = new ScenarioRunner(LIMIT, HANG_LIMIT, 1)) {
      RunResult r = runner.run(scenario(), "hangs", hangs);
      assertEquals(RunResult.Outcome.FAIL, r.outcome());
      assertEquals(3, r.record().steps().size(), "the run went on after the hung step");
      assertEquals("hangs", r.violations().get(0).check());
      assertEquals(1, r.violations().size(), "the cut-off is evidence for no other check");
      assertTrue(r.violations().get(0).step().contains("step 1 (launch)"), r.violations().toString());
      assertTrue(r.threadDump().contains("CountDownLatch.await"), r.threadDump());
    }
  }

  @Test
  void aProviderOnlySlowOnTheFirstAttemptIsJudgedOnTheRerun() {
    AtomicInteger launches = new AtomicInteger();
    CredentialsProviderFactory slowOnce = device -> {
      if (launches.incrementAndGet() == 1) {
        new CountDownLatch(1).await(600, TimeUnit.MILLISECONDS); // a loaded machine, once
      }
      return robust.launch(device);
    };
    try (ScenarioRunner runner = new ScenarioRunner(LIMIT, HANG_LIMIT, 1)) {
      RunResult r = runner.run(scenario(), "slow-once", slowOnce);
      assertEquals(RunResult.Outcome.PASS, r.outcome(), () -> r.violations().toString());
      assertNull(r.inconclusive());
      assertEquals(2, launches.get(), "judged on the rerun");
    }
  }

  @Test
  void cutOffInDifferentStepsIsInconclusiveNotAFailure() {
    AtomicInteger launches = new AtomicInteger();
    CredentialsProviderFactory stuckCalls = blockingCalls(new CountDownLatch(1));
    CredentialsProviderFactory odd = device -> {
      if (launches.incrementAndGet() == 1) {
        new CountDownLatch(1).await(600, TimeUnit.MILLISECONDS);
        return robust.launch(device);
      }
      return stuckCalls.launch(device);
    };
    try (ScenarioRunner runner = new ScenarioRunner(LIMIT, HANG_LIMIT, 1)) {
      RunResult r = runner.run(scenario(), "odd", odd);
      assertEquals(RunResult.Outcome.INCONCLUSIVE, r.outcome());
      assertFalse(r.passed());
      assertFalse(r.failed());
      assertTrue(r.violations().isEmpty());
      assertTrue(r.inconclusive().contains("step 1 (launch) was cut off after 300ms"),
          r.inconclusive());
      assertTrue(r.inconclusive().contains("step 2 (get photos/cat.jpg) was"), r.inconclusive());
    }
  }

  /** A provider whose every credential request blocks until its thread is interrupted. */
  private CredentialsProviderFactory blockingCalls(CountDownLatch never) {
    return device -> {
      AppProviders fine = robust.launch(device);
      return AppProviders.of(() -> {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return fine.forClient("default").resolveCredentials();
      });
    };
  }

  /**
   * A hung burst has one step limit for all its calls: awaited one after another, each with the
   * whole limit, these 200 calls took 200 x 300ms and then 200 x 1s200ms on the rerun (five
   * minutes); with one deadline, about 1.5 s. The minute allowed is forty times that.
   */
  @Test
  void aHungBurstIsCutOffOnceForAllItsCallsAndTheSentenceSaysHowLong() {
    CountDownLatch never = new CountDownLatch(1);
    Scenario s = Scenario.builder("burst").bucket("photos", "us-east-1").launch()
        .parallel(200, call -> call.get("photos/cat.jpg")).build();
    RunResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofMinutes(1), () -> {
          try (ScenarioRunner runner = new ScenarioRunner(LIMIT, HANG_LIMIT, 1)) {
            return runner.run(s, "blocks", blockingCalls(never));
          }
        }, "a hung burst must cost one step limit, not one per call");
    assertEquals("hangs", r.violations().get(0).check(), r.violations().toString());
    assertTrue(r.violations().get(0).step().contains("step 2 (parallel 200 x get"),
        r.violations().toString());
    assertEquals("the provider was still running after 300ms and again, on a rerun, after 1s200ms",
        r.violations().get(0).seen().substring(0, r.violations().get(0).seen().indexOf(';')));
    assertEquals(200, r.record().steps().get(1).calls().stream()
        .filter(c -> "StepCutOff".equals(c.errorCode())).count(), "every call was cut off");
  }

  /**
   * The one deadline never cuts off a burst that finished in time: a burst's future completes
   * a moment after its work, and a first version took that moment for a hang (the fuzzer met
   * it in a burst of two within a few tries). 100 bursts of 8 calls that all finish.
   */
  @Test
  void aBurstThatFinishesIsNeverCutOff() {
    Scenario s = Scenario.builder("bursts").bucket("photos", "us-east-1").launch()
        .repeat(100, body -> body.parallel(8, call -> call.get("photos/cat.jpg"))).build();
    AtomicInteger launches = new AtomicInteger();
    CredentialsProviderFactory counted = device -> {
      launches.incrementAndGet();
      return robust.launch(device);
    };
    try (ScenarioRunner runner = new ScenarioRunner(Duration.ofSeconds(30), 1)) {
      RunResult r = runner.run(s, "robust", counted);
      assertEquals(RunResult.Outcome.PASS, r.outcome(), () -> r.violations().toString());
      assertEquals(1, launches.get(), "no call was cut off, so there was no rerun");
      assertEquals(800, r.record().steps().stream().flatMap(step -> step.calls().stream())
          .filter(c -> c.ok()).count());
    }
  }

  /** Launches robust and schedules, a minute on, a task that blocks until interrupted. */
  private CredentialsProviderFactory blockingTaskAfterAMinute(CountDownLatch never) {
    return device -> {
      device.scheduler().schedule(Duration.ofMinutes(1), () -> {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      return robust.launch(device);
    };
  }

  /** Tasks that fell due while suspended run at foreground, under the step limit too. */
  @Test
  void aBlockingTaskDueAtForegroundIsAHangsFinding() {
    CredentialsProviderFactory background = blockingTaskAfterAMinute(new CountDownLatch(1));
    Scenario s = Scenario.builder("resume").bucket("photos", "us-east-1").launch().background()
        .waitFor(Duration.ofMinutes(5)).foreground().get("photos/cat.jpg").build();
    try (ScenarioRunner runner = new ScenarioRunner(LIMIT, HANG_LIMIT, 1)) {
      RunResult r = runner.run(s, "background", background);
      assertEquals("hangs", r.violations().get(0).check(), r.violations().toString());
      assertTrue(r.violations().get(0).step().contains("step 4 (foreground)"),
          r.violations().toString());
      assertTrue(r.threadDump().contains("CountDownLatch.await"), r.threadDump());
      assertEquals(5, r.record().steps().size(), "the run went on after the foreground");
    }
  }

  @Test
  void aBlockingScheduledTaskIsCutOffInsteadOfHangingTheRun() {
    CredentialsProviderFactory background = blockingTaskAfterAMinute(new CountDownLatch(1));
    Scenario s = Scenario.builder("task").bucket("photos", "us-east-1").launch()
        .waitFor(Duration.ofMinutes(5)).get("photos/cat.jpg").build();
    try (ScenarioRunner runner = new ScenarioRunner(LIMIT, HANG_LIMIT, 1)) {
      RunResult r = runner.run(s, "background", background);
      assertEquals("hangs", r.violations().get(0).check(), r.violations().toString());
      assertTrue(r.violations().get(0).step().contains("wait 5m"), r.violations().toString());
      assertNotNull(r.threadDump());
      assertEquals(3, r.record().steps().size());
    }
  }
}
