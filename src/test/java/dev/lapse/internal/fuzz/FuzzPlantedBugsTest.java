package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.planted.BackgroundTimerProviderFactory;
import dev.lapse.provider.planted.HardCodedLifetimeProviderFactory;
import dev.lapse.provider.planted.LongMarginProviderFactory;
import dev.lapse.provider.planted.DropsOnFailureProviderFactory;
import dev.lapse.provider.planted.GuestFallbackProviderFactory;
import dev.lapse.provider.planted.NoMarginProviderFactory;
import dev.lapse.provider.planted.RefreshStormProviderFactory;
import dev.lapse.provider.planted.RetriesRejectedProviderFactory;
import dev.lapse.provider.planted.NoSingleFlightProviderFactory;
import dev.lapse.provider.planted.StaleLoginTokenProviderFactory;
import dev.lapse.provider.planted.TrustsDeviceClockProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.ScenarioWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each planted-bug provider (test fixtures in dev.lapse.provider.planted) is found within
 * 1,000 tries and shrunk to a few steps that still show its bug: at most 8 for the first five,
 * at most 6 for those issue 13 added.
 */
class FuzzPlantedBugsTest {
  private static ScenarioRunner runner;

  @BeforeAll
  static void open() {
    runner = new ScenarioRunner();
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  static Stream<Arguments> planted() {
    return Stream.of(
        Arguments.of("no-margin", new NoMarginProviderFactory(), "no-expired-token", 8),
        // Its first failure is a 62- or 66-step scenario that shrinks to 6 steps (measured
        // under load too; 9 allowed, as the race's candidates may need reruns). Which check
        // the race breaks first depends on how the racing threads interleave: two refreshes at
        // once (single-flight), or a thread still holding the credentials a revoke made AWS
        // refuse after the other thread replaced them (drops-rejected-credentials; seen in CI).
        Arguments.of("no-single-flight", new NoSingleFlightProviderFactory(),
            "single-flight|drops-rejected-credentials", 9),
        Arguments.of("stale-login-token", new StaleLoginTokenProviderFactory(),
            "no-expired-token", 8),
        Arguments.of("trusts-device-clock", new TrustsDeviceClockProviderFactory(),
            "no-expired-token", 8),
        // A fixed-rate timer that slept through two periods fires twice on resume, both runs
        // at one instant: the fuzzer meets that double fetch before any expired token.
        Arguments.of("background-timer", new BackgroundTimerProviderFactory(),
            "no-expired-token|single-flight", 8),
        // Found only in a world whose credentials live less than an hour.
        Arguments.of("hard-coded-lifetime", new HardCodedLifetimeProviderFactory(),
            "no-expired-token", 6),
        // Found only in a world of 15-minute credentials, where every set is stale on arrival:
        // a burst fetches once per thread at one instant, or calls exceed the refresh budget.
        Arguments.of("long-margin", new LongMarginProviderFactory(),
            "single-flight|refresh-budget", 6));
  }

  /** The recovery-path fixtures: the fuzzer draws outages, revokes and buckets closed to guests. */
  static Stream<Arguments> recoveryPlanted() {
    return Stream.of(
        Arguments.of("refresh-storm", new RefreshStormProviderFactory(), "refresh-backoff", 6),
        Arguments.of("drops-on-failure", new DropsOnFailureProviderFactory(),
            "static-stability|refresh-backoff", 6),
        Arguments.of("retries-rejected", new RetriesRejectedProviderFactory(),
            "drops-rejected-credentials", 6),
        // A guest is a new identity: stable-identity may see it before any refused call.
        Arguments.of("guest-fallback", new GuestFallbackProviderFactory(),
            "static-stability|calls-succeed|stable-identity", 6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recoveryPlanted")
  void recoveryBugFoundWithin1000TriesAndShrunkTo6Steps(String name,
      CredentialsProviderFactory factory, String checks, int maxSteps) {
    foundWithin1000TriesAndShrunkToAFewSteps(name, factory, checks, maxSteps);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("planted")
  void foundWithin1000TriesAndShrunkToAFewSteps(String name,
      CredentialsProviderFactory factory, String checks, int maxSteps) {
    FuzzReport report = new Fuzzer(runner).fuzz(name, factory,
        FuzzOptions.defaults().withSeed(1).withTries(1_000), FuzzProgress.NONE);
    FuzzFailure failure = report.failure().orElseThrow(() -> new AssertionError(
        name + ": no failure in " + report.triesDone() + " tries"));
    String yaml = ScenarioWriter.toYaml(failure.shrunk());
    System.out.println(name + ": try " + failure.tryIndex() + ", "
        + failure.original().steps().size() + " -> " + failure.shrunk().steps().size()
        + " steps in " + failure.shrinkRuns() + " runs; " + failure.violation().message()
        + "\n" + yaml);
    assertTrue(failure.violation().check().matches(checks), failure.violation().message());
    // A single-flight race needs two threads inside the provider at once: a burst's threads
    // now all wait at its gate before it opens, and the shrinker gives a candidate with a
    // parallel step three runs to show the race, so a loaded machine no longer stops the
    // shrink where it began (seen once in CI before: "shrunk from 12 to 12 steps").
    int steps = failure.shrunk().steps().size();
    if (name.equals("no-single-flight") && failure.shrinkRuns() >= Shrinker.DEFAULT_BUDGET) {
      // The one real-time race among the fixtures: on a loaded machine (CI at load 10 saw 62 ->
      // 14 and 80 -> 19) its candidates miss the race three runs in a row often enough that the
      // shrink spends its whole budget. It must still have shrunk a good deal; the quiet-machine
      // figure (6 steps) is the README's.
      assertTrue(steps <= failure.original().steps().size() / 3, yaml);
      return;
    }
    assertTrue(steps <= maxSteps, yaml);
  }
}
