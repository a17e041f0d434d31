package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.history.CallOutcome;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.StepRecord;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each step kind does what the scenario language promises, observed through a real run. */
class StepKindsTest {
  private static final ScenarioRunner runner = new ScenarioRunner();
  private static final Instant T0 = dev.lapse.clock.VirtualClock.DEFAULT_START;

  @AfterAll
  static void close() {
    runner.close();
  }

  private static ScenarioBuilder base() {
    return Scenario.builder("steps").bucket("photos", "us-east-1");
  }

  private static RunResult run(ScenarioBuilder b, dev.lapse.provider.CredentialsProviderFactory f) {
    return runner.run(b.build(), "fixture", f);
  }

  private static List<CallOutcome> calls(RunResult r) {
    return r.record().steps().stream().flatMap(s -> s.calls().stream()).toList();
  }

  @Test
  void everyS3CallAndCallerIdentityGoesThroughTheRealClients() {
    RunResult r = run(base().launch().put("photos/new.jpg", 2048).get("photos/new.jpg")
        .head("photos/new.jpg").list("photos").delete("photos/new.jpg").callerIdentity(),
        new Fixtures.FetchOncePerLaunch());
    assertTrue(calls(r).stream().allMatch(CallOutcome::ok), () -> calls(r).toString());
    List<String> ops = r.record().entries().stream().filter(e -> e.service().journalName().equals("s3")
        || e.service().journalName().equals("sts")).map(e -> e.operation().awsName()).toList();
    assertEquals(List.of("PutObject", "GetObject", "HeadObject", "ListObjectsV2", "DeleteObject",
        "GetCallerIdentity"), ops);
    assertTrue(r.passed(), () -> r.violations().toString());
  }

  @Test
  void terminateDropsTasksAndKeepsTheKeychainWhileWipeEmptiesIt() {
    Fixtures.Observer o = new Fixtures.Observer();
    RunResult r = run(base().launch().terminate().waitFor(Duration.ofMinutes(30)).launch()
        .wipeKeychain().terminate().launch(), o);
    assertEquals(List.of("", "launched", ""), o.keychainKeysAtLaunch);
    assertTrue(o.taskRuns.isEmpty(), "a terminated launch's task must not run: " + o.taskRuns);
    assertEquals(3, r.record().steps().get(6).launch());
  }

  @Test
  void scheduledTasksRunOnVirtualTimeOnlyInTheForeground() {
    Fixtures.Observer o = new Fixtures.Observer();
    run(base().launch().waitFor(Duration.ofMinutes(15)), o);
    assertEquals(List.of(T0.plus(Duration.ofMinutes(10))), o.taskRuns);

    Fixtures.Observer suspended = new Fixtures.Observer();
    run(base().launch().background().waitFor(Duration.ofMinutes(30)).foreground(), suspended);
    assertEquals(List.of(T0.plus(Duration.ofMinutes(30))), suspended.taskRuns,
        "a suspended app's task runs late, on resume, not at its due time");
  }

  @Test
  void skewMovesOnlyTheDeviceClock() {
    Fixtures.Observer o = new Fixtures.Observer();
    RunResult r = run(base().skew(Duration.ofMinutes(-10)).launch().get("photos/cat.jpg"), o);
    assertEquals(List.of(T0.minus(Duration.ofMinutes(10))), o.deviceTimesAtLaunch);
    assertTrue(r.passed(), () -> r.violations().toString());
  }

  @Test
  void latencyDelaysJudgementAndParallelRunsManyThreadsAtOneInstant() {
    RunResult r = run(base().latency(Duration.ofSeconds(3)).launch()
        .parallel(6, b -> b.get("photos/cat.jpg")), new Fixtures.FetchOncePerLaunch());
    List<CallOutcome> burst = r.record().steps().get(2).calls();
    assertEquals(6, burst.size());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), burst.stream().map(CallOutcome::thread).sorted().toList());
    assertTrue(burst.stream().allMatch(c -> c.at().equals(T0)));
    JournalEntry get = r.record().entries().stream()
        .filter(e -> e.operation().awsName().equals("GetObject")).findFirst().orElseThrow();
    assertEquals(Duration.ofSeconds(3), Duration.between(get.receivedAt(), get.judgedAt()));
  }

  @Test
  void faultsAreInjectedForTheirDurationAndCallsDuringThemMayFail() {
    RunResult r = run(base().launch().get("photos/cat.jpg")
        .fault(FaultTarget.S3, FaultKind.ERROR, Duration.ofMinutes(5)).get("photos/cat.jpg")
        .waitFor(Duration.ofMinutes(5)).get("photos/cat.jpg"), new Fixtures.FetchOncePerLaunch());
    List<CallOutcome> c = calls(r);
    assertFalse(c.get(1).ok());
    assertEquals("InternalError", c.get(1).errorCode());
    assertTrue(c.get(1).faultActive());
    assertTrue(c.get(2).ok(), "the first call after the outage succeeds");
    assertTrue(r.passed(), () -> r.violations().toString());
  }

  @Test
  void repeatUnrollsWithNumberedRoundsAndWaitMovesTime() {
    RunResult r = run(base().launch().repeat(3, b -> b.waitFor(Duration.ofMinutes(20))
        .get("photos/cat.jpg")), new Fixtures.FetchOncePerLaunch());
    List<String> ids = r.record().steps().stream().map(StepRecord::id).toList();
    assertEquals(List.of("1", "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1", "2.3.2"), ids);
    assertEquals(T0.plus(Duration.ofHours(1)), r.record().end());
  }

  @Test
  void aProviderThatThrowsFailsItsStepAndTheRunGoesOn() {
    RunResult r = run(base().launch().get("photos/cat.jpg"), new Fixtures.BrokenAtLaunch());
    StepRecord launch = r.record().steps().get(0);
    assertTrue(launch.note().contains("keychain is corrupt"), launch.note());
    assertEquals(2, r.record().steps().size());
    assertEquals("calls-succeed", r.violations().get(0).check());
  }
}
