package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.history.CallOutcome;
import dev.lapse.history.StepRecord;
import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.scenario.CheckName;
import dev.lapse.scenario.Scenario;
import dev.lapse.vocabulary.Operation;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The presign and fetch steps for each verb a link is made for (get, put, head), built with
 * the Java builder and run with the robust provider: the device's SDK signer makes the links,
 * a plain HTTP client opens them, and the fake judges them as S3 would.
 */
class PresignStepTest {
  private static final ScenarioRunner runner = new ScenarioRunner();

  @AfterAll
  static void close() {
    runner.close();
  }

  private static CallOutcome outcome(RunResult r, String id) {
    StepRecord step = r.record().steps().stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow();
    return step.calls().get(0);
  }

  @Test
  void putHeadAndGetLinksWorkWhileTheySaidTheyWould() {
    Scenario s = Scenario.builder("links").bucket("photos", "us-east-1")
        .launch()
        .presign(Operation.PUT_OBJECT, "photos/new.jpg", Duration.ofMinutes(10), "upload")
        .fetch("upload")
        .presign(Operation.HEAD_OBJECT, "photos/new.jpg", Duration.ofMinutes(10), "probe")
        .presign(Operation.GET_OBJECT, "photos/new.jpg", Duration.ofMinutes(10), "view")
        .fetch("probe").fetch("view")
        .waitFor(Duration.ofMinutes(11)).fetch("probe")
        .expect(CheckName.PRESIGNED_LINKS_LIVE).build();
    RunResult r = runner.run(s, "robust", new RobustProviderFactory());
    assertTrue(r.passed(), r.violations()::toString);
    assertTrue(outcome(r, "3").ok(), outcome(r, "3")::toString);
    assertTrue(outcome(r, "6").ok(), "the HEAD link finds what the PUT link stored");
    assertTrue(outcome(r, "7").ok(), outcome(r, "7")::toString);
    JournalEntry put = r.record().entries().stream()
        .filter(e -> e.operation() == Operation.PUT_OBJECT && e.presigned() != null)
        .findFirst().orElseThrow();
    assertEquals(Duration.ofMinutes(10), put.presigned().lifetime());
    assertTrue(put.succeeded());
    // A HEAD answer has no body: the refusal's code comes from what the fake journaled.
    CallOutcome late = outcome(r, "9");
    assertFalse(late.ok());
    assertEquals("AccessDenied", late.errorCode(), late::toString);
    assertEquals("Request has expired", late.message());
  }

  @Test
  void aFetchOfALinkNoEarlierStepMadeIsRefusedAtBuild() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder("early").bucket("photos", "us-east-1").launch().fetch("view")
            .presign(Operation.GET_OBJECT, "photos/a.jpg", Duration.ofMinutes(1), "view")
            .build());
    assertTrue(e.getMessage().contains("unknown link 'view'"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder("long")
        .bucket("photos", "us-east-1").launch()
        .presign(Operation.GET_OBJECT, "photos/a.jpg", Duration.ofDays(8), "view").build());
  }
}
