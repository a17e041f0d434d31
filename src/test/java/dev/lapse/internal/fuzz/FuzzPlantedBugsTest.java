package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.planted.BackgroundTimerProviderFactory;
import dev.lapse.provider.planted.NoMarginProviderFactory;
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
 * 1,000 tries and shrunk to at most 8 steps that still show its bug.
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
        Arguments.of("no-margin", new NoMarginProviderFactory(), "no-expired-token"),
        Arguments.of("no-single-flight", new NoSingleFlightProviderFactory(), "single-flight"),
        Arguments.of("stale-login-token", new StaleLoginTokenProviderFactory(),
            "no-expired-token"),
        Arguments.of("trusts-device-clock", new TrustsDeviceClockProviderFactory(),
            "no-expired-token"),
        // A fixed-rate timer that slept through two periods fires twice on resume, both runs
        // at one instant: the fuzzer meets that double fetch before any expired token.
        Arguments.of("background-timer", new BackgroundTimerProviderFactory(),
            "no-expired-token|single-flight"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("planted")
  void foundWithin1000TriesAndShrunkToAtMost8Steps(String name,
      CredentialsProviderFactory factory, String checks) {
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
    assertTrue(failure.shrunk().steps().size() <= 8, yaml);
  }
}
