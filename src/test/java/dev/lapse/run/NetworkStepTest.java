package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.history.CallOutcome;
import dev.lapse.history.StepRecord;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.internal.report.Reports;
import dev.lapse.scenario.CheckName;
import dev.lapse.scenario.Scenario;
import dev.lapse.vocabulary.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code network: offline} cuts the device off: the app's S3 calls and the provider's own
 * requests fail to connect, nothing reaches the fake AWS, calls-succeed excuses them, and the
 * timeline draws the span. Driven through the real SDK clients and the robust provider.
 */
class NetworkStepTest {
  private static final ScenarioRunner runner = new ScenarioRunner();
  private static final Path OFFLINE = Path.of("scenarios/17-offline-across-expiry.yaml");

  @TempDir
  Path reports;

  @AfterAll
  static void close() {
    runner.close();
  }

  private static Scenario offlineAcrossExpiry() {
    return Scenario.builder("offline").bucket("photos", "us-east-1")
        .launch().get("photos/cat.jpg")
        .offline().waitFor(Duration.ofMinutes(70)).get("photos/cat.jpg")
        .online().get("photos/cat.jpg")
        .expect(CheckName.NO_EXPIRED_TOKEN, CheckName.CALLS_SUCCEED)
        .build();
  }

  private static StepRecord step(RunResult r, String id) {
    return r.record().steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void whileOfflineNothingReachesTheWorldAndTheFailedCallIsExcused() {
    RunResult r = runner.run(offlineAcrossExpiry(), "robust", new RobustProviderFactory());
    StepRecord offline = step(r, "5");
    CallOutcome call = offline.calls().get(0);
    assertFalse(call.ok());
    assertTrue(call.message().contains("the device is offline"), call::message);
    assertTrue(call.faultActive(), "calls made while offline are excused like faulted ones");
    // The provider wanted fresh credentials (70 minutes on) but could not even reach its backend.
    assertEquals(offline.seqBefore(), offline.seqAfter(), "no request reached the fake AWS");
    StepRecord back = step(r, "7");
    assertTrue(back.calls().get(0).ok(), back.calls()::toString);
    assertTrue(r.record().entries().stream().filter(e -> back.covers(e.seq()))
        .anyMatch(e -> e.service() == Service.DEVELOPER_BACKEND), "it refreshed once online");
    assertTrue(r.passed(), r.violations()::toString);
  }

  @Test
  void aCallMadeWhileOnlineIsNotExcused() {
    Scenario online = Scenario.builder("online").bucket("photos", "us-east-1")
        .launch().offline().online().get("photos/missing.jpg").put("photos/x.jpg")
        .expect(CheckName.CALLS_SUCCEED).build();
    RunResult r = runner.run(online, "robust", new RobustProviderFactory());
    assertTrue(r.passed(), r.violations()::toString);
    Scenario withoutNetwork = Scenario.builder("no network").bucket("photos", "us-east-1")
        .launch().offline().get("photos/cat.jpg").online()
        .expect(CheckName.CALLS_SUCCEED).build();
    RunResult excused = runner.run(withoutNetwork, "robust", new RobustProviderFactory());
    assertFalse(excused.record().steps().get(2).calls().get(0).ok());
    assertTrue(excused.passed(), excused.violations()::toString);
  }

  @Test
  void theBundledScenarioCatchesTheSeedProviderAndRobustPassesIt() {
    RunResult robust = Lapse.scenarios(OFFLINE).against("robust", new RobustProviderFactory())
        .run().get(0);
    assertTrue(robust.passed(), robust.violations()::toString);
    RunResult naive = Lapse.scenarios(OFFLINE)
        .against("seed-naive", new SeedNaiveProviderFactory()).run().get(0);
    assertFalse(naive.violationsOf("no-expired-token").isEmpty(), naive.violations()::toString);
  }

  @Test
  void theTimelineDrawsTheOfflineSpan() throws Exception {
    RunResult r = runner.run(offlineAcrossExpiry(), "robust", new RobustProviderFactory());
    String html = Files.readString(Reports.write(reports, List.of(r)));
    assertTrue(html.contains("the device is offline: every request fails to connect, from +0s"
        + " to +1h10m00s"), "the offline span's hover text");
    assertTrue(html.contains("class=\"bar network\""), "drawn in the network style");
  }
}
