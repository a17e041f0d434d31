package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.planted.BackgroundTimerProviderFactory;
import dev.lapse.provider.planted.HardCodedLifetimeProviderFactory;
import dev.lapse.provider.planted.NoMarginProviderFactory;
import dev.lapse.provider.planted.LongMarginProviderFactory;
import dev.lapse.provider.planted.PerClientCacheProviderFactory;
import dev.lapse.provider.planted.StaleLoginTokenProviderFactory;
import dev.lapse.provider.planted.TrustsDeviceClockProviderFactory;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.provider.reference.SdkCachedProviderFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference providers on the bundled suite, with the outcomes the issue promises. */
class BundledSuiteTest {
  private static final Path SUITE = Path.of("scenarios");

  @Test
  void theSuiteHasAScenarioForEveryKnownFailureStory() {
    assertTrue(Lapse.scenarios(SUITE).scenarios().size() >= 14);
    assertTrue(Lapse.scenarios(SUITE).scenarios().stream().allMatch(s -> !s.about().isBlank()));
  }

  @Test
  void robustPassesTheWholeSuite() {
    List<RunResult> results = Lapse.scenarios(SUITE).against("robust", new RobustProviderFactory()).run();
    String failures = results.stream().filter(r -> !r.passed())
        .map(r -> r.scenario().name() + ": " + r.violations()).collect(Collectors.joining("\n"));
    assertEquals("", failures);
  }

  /**
   * Each scenario issue 13 added for lifetimes and combined conditions catches the planted bug
   * its {@code about:} names (robust passes them all, above).
   */
  @ParameterizedTest(name = "{0} catches {1}")
  @CsvSource({
      "26-short-credentials.yaml, hard-coded-lifetime, no-expired-token",
      "27-short-login-tokens.yaml, hard-coded-lifetime, no-expired-token",
      "27-short-login-tokens.yaml, stale-login-token, no-expired-token",
      "28-skew-with-latency.yaml, trusts-device-clock, no-expired-token",
      "28-skew-with-latency.yaml, no-margin, no-expired-token",
      "29-clock-moved-after-credentials.yaml, trusts-device-clock, no-expired-token",
      "30-outage-when-refresh-is-due.yaml, background-timer, no-expired-token",
      "32-two-regions-single-flight.yaml, per-client-cache, single-flight",
      "33-refreshed-almost-instantly.yaml, long-margin, refresh-budget"})
  void aCombinationScenarioCatchesThePlantedBugItNames(String file, String planted,
      String check) {
    CredentialsProviderFactory factory = switch (planted) {
      case "hard-coded-lifetime" -> new HardCodedLifetimeProviderFactory();
      case "stale-login-token" -> new StaleLoginTokenProviderFactory();
      case "trusts-device-clock" -> new TrustsDeviceClockProviderFactory();
      case "background-timer" -> new BackgroundTimerProviderFactory();
      case "no-margin" -> new NoMarginProviderFactory();
      case "per-client-cache" -> new PerClientCacheProviderFactory();
      case "long-margin" -> new LongMarginProviderFactory();
      default -> throw new IllegalArgumentException(planted);
    };
    // One run each: every planted bug here shows whatever the threads' interleaving. The
    // scenario's other bug, a missing lock (no-single-flight), is a real-time race that a run
    // on a loaded machine can miss (CI saw five runs in a row miss it), so it is not asserted
    // here; PlantedBugsTest and the fuzzer's confirmation reruns cover it.
    RunResult result = Lapse.scenarios(SUITE.resolve(file)).against(planted, factory).run().get(0);
    assertFalse(result.violationsOf(check).isEmpty(), result.violations()::toString);
  }

  @Test
  void seedNaiveFailsRelaunchAfterIdleButPassesWithoutAnIdleGap() {
    List<RunResult> results = Lapse.scenarios(SUITE.resolve("01-relaunch-after-idle.yaml"),
        SUITE.resolve("15-relaunch-without-idle.yaml"))
        .against("seed-naive", new SeedNaiveProviderFactory()).run();
    RunResult idle = results.get(0);
    assertFalse(idle.passed());
    assertFalse(idle.violationsOf("no-expired-token").isEmpty(), idle.violations()::toString);
    assertTrue(results.get(1).passed(), results.get(1).violations()::toString);
  }

  /**
   * A ten-minute link signed five minutes before the first credentials end: only a provider
   * whose margin covers the link's life signs it with credentials that outlive it. The SDK's
   * CachedSupplier prefetches from 5 (jittered to 2) minutes before expiry, a margin for a
   * request in flight, not for a link: sdk-cached signs with the old credentials and fails.
   */
  @Test
  void aPresignedLinkNearExpiryNeedsAMarginThatCoversIt() {
    Path scenario = SUITE.resolve("18-presigned-link-near-expiry.yaml");
    RunResult robust = Lapse.scenarios(scenario).against("robust", new RobustProviderFactory())
        .run().get(0);
    assertTrue(robust.passed(), robust.violations()::toString);
    for (var provider : List.of(new NoMarginProviderFactory(),
        new SdkCachedProviderFactory())) {
      RunResult r = Lapse.scenarios(scenario).against("late", provider).run().get(0);
      assertEquals(1, r.violationsOf("presigned-links-live").size(), r.violations()::toString);
      assertEquals("+1h03m00s", r.violationsOf("presigned-links-live").get(0).at());
    }
    RunResult naive = Lapse.scenarios(scenario).against("seed-naive",
        new SeedNaiveProviderFactory()).run().get(0);
    assertFalse(naive.passed());
  }
}
