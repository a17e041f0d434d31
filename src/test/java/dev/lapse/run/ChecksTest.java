package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.check.Violation;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.planted.DropsOnFailureProviderFactory;
import dev.lapse.provider.planted.GuestFallbackProviderFactory;
import dev.lapse.provider.planted.RefreshStormProviderFactory;
import dev.lapse.provider.planted.RetriesRejectedProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.scenario.CheckName;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioBuilder;
import dev.lapse.scenario.Step;
import dev.lapse.vocabulary.Operation;
import dev.lapse.provider.planted.NoMarginProviderFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each check, once with a run that keeps it and once with a run that breaks it. */
class ChecksTest {
  private static final ScenarioRunner runner = new ScenarioRunner();

  @AfterAll
  static void close() {
    runner.close();
  }

  private static List<Violation> violations(ScenarioBuilder b, CredentialsProviderFactory f,
      String check) {
    return runner.run(b.build(), "fixture", f).violationsOf(check);
  }

  private static ScenarioBuilder world() {
    return Scenario.builder("checks").bucket("photos", "eu-west-1").bucket("docs", "us-east-1")
        .client("photos", "eu-west-1");
  }

  @Test
  void noExpiredToken() {
    ScenarioBuilder relaunch = world().expect(CheckName.NO_EXPIRED_TOKEN).launch()
        .get("photos/cat.jpg").terminate().waitFor(Duration.ofHours(3)).launch()
        .get("photos/cat.jpg");
    List<Violation> naive = violations(relaunch, new SeedNaiveProviderFactory(), "no-expired-token");
    assertEquals(1, naive.size(), naive::toString);
    assertEquals("+3h00m00s", naive.get(0).at());
    assertTrue(naive.get(0).seen().contains("carried login token tok-1 issued at +0s, expired at +15m00s"),
        naive.get(0).seen());
    assertTrue(naive.get(0).step().contains("step 6 (get photos/cat.jpg)"));
    assertTrue(violations(relaunch, new RobustProviderFactory(), "no-expired-token").isEmpty());
  }

  @Test
  void callsSucceed() {
    ScenarioBuilder deleted = world().expect(CheckName.CALLS_SUCCEED).launch()
        .delete("docs/a.txt").get("docs/a.txt");
    List<Violation> v = violations(deleted, new RobustProviderFactory(), "calls-succeed");
    assertEquals(1, v.size());
    assertTrue(v.get(0).seen().contains("GetObject docs/a.txt failed with NoSuchKey"), v.get(0).seen());
    assertTrue(violations(world().expect(CheckName.CALLS_SUCCEED).launch().get("docs/a.txt"),
        new RobustProviderFactory(), "calls-succeed").isEmpty());
  }

  @Test
  void singleFlight() {
    ScenarioBuilder burst = world().expect(CheckName.SINGLE_FLIGHT).launch()
        .parallel(8, b -> b.get("docs/a.txt"));
    assertFalse(violations(burst, new Fixtures.FetchEveryCall(), "single-flight").isEmpty());
    assertTrue(violations(burst, new RobustProviderFactory(), "single-flight").isEmpty());
  }

  @Test
  void refreshBudget() {
    ScenarioBuilder five = world().refreshBudget(2).launch().get("docs/a.txt").get("docs/a.txt")
        .waitFor(Duration.ofMinutes(1)).get("docs/a.txt").get("docs/a.txt");
    List<Violation> v = violations(five, new Fixtures.FetchEveryCall(), "refresh-budget");
    assertEquals(1, v.size());
    assertTrue(v.get(0).seen().startsWith("4 fetches for "), v.get(0).seen());
    assertTrue(violations(five, new RobustProviderFactory(), "refresh-budget").isEmpty());
  }

  @Test
  void stableIdentity() {
    ScenarioBuilder relaunches = world().expect(CheckName.STABLE_IDENTITY).launch().terminate()
        .launch().terminate().launch();
    assertEquals(2, violations(relaunches, new Fixtures.NewUserEveryLaunch(), "stable-identity").size());
    assertTrue(violations(relaunches, new RobustProviderFactory(), "stable-identity").isEmpty());
    ScenarioBuilder wiped = world().expect(CheckName.STABLE_IDENTITY).launch().terminate()
        .wipeKeychain().launch();
    assertTrue(violations(wiped, new Fixtures.NewUserEveryLaunch(), "stable-identity").isEmpty(),
        "a new identity after a wiped keychain is allowed");
  }

  @Test
  void rightRegion() {
    ScenarioBuilder wrongClient = world().expect(CheckName.RIGHT_REGION).launch()
        .get("photos/cat.jpg", "default");
    List<Violation> v = violations(wrongClient, new RobustProviderFactory(), "right-region");
    assertEquals(1, v.size(), v::toString);
    assertTrue(v.get(0).seen().contains("signed for us-east-1"), v.get(0).seen());
    assertTrue(violations(world().expect(CheckName.RIGHT_REGION).launch().get("photos/cat.jpg"),
        new RobustProviderFactory(), "right-region").isEmpty());
  }

  @Test
  void quietAfterTerminate() {
    ScenarioBuilder closing = world().expect(CheckName.QUIET_AFTER_TERMINATE).launch().terminate()
        .waitFor(Duration.ofMinutes(5)).launch();
    List<Violation> v = violations(closing, new Fixtures.NoisyOnClose(), "quiet-after-terminate");
    assertFalse(v.isEmpty());
    assertTrue(v.get(0).seen().endsWith("was sent after the app was terminated"), v.get(0).seen());
    assertTrue(violations(closing, new RobustProviderFactory(), "quiet-after-terminate").isEmpty());
  }

  /** A link signed 55 minutes into one-hour credentials and opened 8 minutes later. */
  private static ScenarioBuilder lateLink(Duration openAfter) {
    return world().expect(CheckName.PRESIGNED_LINKS_LIVE).launch().get("docs/cat.jpg")
        .waitFor(Duration.ofMinutes(55))
        .step(new Step.Presign(Operation.GET_OBJECT, "docs", "cat.jpg", Duration.ofMinutes(10),
            "link", "default"))
        .waitFor(openAfter).step(new Step.Fetch("link"));
  }

  @Test
  void presignedLinksLive() {
    List<Violation> v = violations(lateLink(Duration.ofMinutes(8)),
        new NoMarginProviderFactory(), "presigned-links-live");
    assertEquals(1, v.size(), v::toString);
    assertEquals("+1h03m00s", v.get(0).at());
    assertTrue(v.get(0).step().contains("step 6 (fetch link)"), v.get(0).step());
    assertEquals("a link that works until +1h05m00s, the 10m it was signed for at +55m00s",
        v.get(0).expected());
    assertTrue(v.get(0).seen().contains("was refused with ExpiredToken: the link was signed with"
        + " credentials"), v.get(0).seen());
    assertTrue(v.get(0).seen().endsWith("; they had 5m left when it was signed, less than the"
        + " link's 10m (fresh credentials would have covered it)"), v.get(0).seen());
    assertTrue(violations(lateLink(Duration.ofMinutes(8)), new RobustProviderFactory(),
        "presigned-links-live").isEmpty());
    // Opened after the 10 minutes it promised, a dead link is no broken promise.
    assertTrue(violations(lateLink(Duration.ofMinutes(11)), new NoMarginProviderFactory(),
        "presigned-links-live").isEmpty());
  }

  /** The backend dies 31 minutes into one-hour credentials: half an hour left in hand. */
  private static ScenarioBuilder outageInAdvisoryWindow(ScenarioBuilder b) {
    return b.launch().get("docs/a.txt").waitFor(Duration.ofMinutes(31))
        .fault(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN, Duration.ofMinutes(10))
        .get("docs/a.txt").waitFor(Duration.ofMinutes(2)).get("docs/a.txt");
  }

  @Test
  void staticStability() {
    ScenarioBuilder outage = outageInAdvisoryWindow(world().expect(CheckName.STATIC_STABILITY));
    List<Violation> v = violations(outage, new DropsOnFailureProviderFactory(),
        "static-stability");
    assertEquals(2, v.size(), v::toString);
    assertEquals("+31m00s", v.get(0).at());
    assertEquals("+33m00s", v.get(1).at());
    assertTrue(v.get(0).seen().contains("while the app held credentials ASIALAPSE00000000001"
        + " valid until +1h00m00s"), v.get(0).seen());
    assertTrue(violations(outage, new RobustProviderFactory(), "static-stability").isEmpty());
    ScenarioBuilder late = world().expect(CheckName.STATIC_STABILITY).launch().get("docs/a.txt")
        .waitFor(Duration.ofMinutes(36))
        .fault(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN, Duration.ofMinutes(10))
        .get("docs/a.txt");
    assertTrue(violations(late, new DropsOnFailureProviderFactory(), "static-stability")
        .isEmpty(), "24 minutes left is within the reserve a careful provider may keep");
  }

  @Test
  void staticStabilityWantsTheUsersCredentialsNotAGuests() {
    ScenarioBuilder guests = outageInAdvisoryWindow(Scenario.builder("guests")
        .bucket("docs", "us-east-1", false).expect(CheckName.STATIC_STABILITY));
    List<Violation> v = violations(guests, new GuestFallbackProviderFactory(),
        "static-stability");
    assertFalse(v.isEmpty());
    assertTrue(v.get(0).seen().contains("failed with AccessDenied"), v.get(0).seen());
    assertTrue(violations(guests, new RobustProviderFactory(), "static-stability").isEmpty());
  }

  @Test
  void refreshBackoff() {
    ScenarioBuilder storm = outageInAdvisoryWindow(world()
        .refreshBackoff(Duration.ofMinutes(5))).parallel(4, b -> b.get("docs/a.txt"));
    List<Violation> v = violations(storm, new RefreshStormProviderFactory(), "refresh-backoff");
    assertFalse(v.isEmpty());
    assertEquals("+33m00s", v.get(0).at());
    assertTrue(v.get(0).seen().startsWith("GetDeveloperToken at +33m00s came 2m after"
        + " GetDeveloperToken at +31m00s failed, while the app held credentials"
        + " ASIALAPSE00000000001 valid until +1h00m00s"), v.get(0).seen());
    assertTrue(v.stream().anyMatch(x -> x.seen().contains("at the instant fetch #")),
        "the burst asks once per thread: " + v);
    assertTrue(violations(storm, new RobustProviderFactory(), "refresh-backoff").isEmpty());
    ScenarioBuilder patient = outageInAdvisoryWindow(world()
        .refreshBackoff(Duration.ofMinutes(2)));
    assertTrue(violations(patient, new RefreshStormProviderFactory(), "refresh-backoff")
        .isEmpty(), "2 minutes apart is what refresh-backoff: 2m allows");
  }

  @Test
  void dropsRejectedCredentials() {
    ScenarioBuilder revoked = world().expect(CheckName.DROPS_REJECTED_CREDENTIALS).launch()
        .get("docs/a.txt").waitFor(Duration.ofMinutes(10))
        .fault(FaultTarget.S3, FaultKind.REVOKE, Duration.ofMinutes(1)).get("docs/a.txt")
        .waitFor(Duration.ofMinutes(2)).get("docs/a.txt");
    List<Violation> v = violations(revoked, new RetriesRejectedProviderFactory(),
        "drops-rejected-credentials");
    assertEquals(1, v.size(), v::toString);
    assertEquals("+12m00s", v.get(0).at());
    assertTrue(v.get(0).seen().contains("presented credentials ASIALAPSE00000000001 issued at"
        + " +0s by GetCredentialsForIdentity, expired at +1h00m00s again after AWS refused them"
        + " for GetObject docs/a.txt at +10m00s"), v.get(0).seen());
    assertTrue(v.get(0).seen().endsWith(", AccessDenied)"), v.get(0).seen());
    assertTrue(violations(revoked, new RobustProviderFactory(), "drops-rejected-credentials")
        .isEmpty());
  }
}
