package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK corrects its clock from the server's Date after RequestTimeTooSkewed, as it does
 * against real S3: a device clock a day off costs one refused attempt per app process.
 */
class SdkSkewCorrectionTest {
  private static final ScenarioRunner runner = new ScenarioRunner();

  @AfterAll
  static void close() {
    runner.close();
  }

  private static List<String> s3Codes(RunResult r) {
    return r.record().entries().stream().filter(e -> e.service().journalName().equals("s3"))
        .map(e -> e.errorCode() == null ? "ok" : e.errorCode()).toList();
  }

  @Test
  void aDayOfSkewIsCorrectedAfterOneRefusalPerLaunch() {
    Scenario s = Scenario.builder("a-day-fast").bucket("photos", "us-east-1")
        .skew(Duration.ofDays(1)).launch().get("photos/cat.jpg").get("photos/cat.jpg")
        .terminate().launch().get("photos/cat.jpg").build();
    RunResult r = runner.run(s, "robust", new RobustProviderFactory());
    assertTrue(r.passed(), () -> r.violations().toString());
    assertEquals(List.of("RequestTimeTooSkewed", "ok", "ok", "RequestTimeTooSkewed", "ok"),
        s3Codes(r), "each new process learns the offset again");
    JournalEntry refused = r.record().entries().stream()
        .filter(e -> "RequestTimeTooSkewed".equals(e.errorCode())).findFirst().orElseThrow();
    assertEquals(403, refused.status());
  }

  @Test
  void tenMinutesOfSkewIsWithinWhatS3Accepts() {
    Scenario s = Scenario.builder("ten-minutes-slow").bucket("photos", "us-east-1")
        .skew(Duration.ofMinutes(-10)).launch().get("photos/cat.jpg").build();
    RunResult r = runner.run(s, "robust", new RobustProviderFactory());
    assertEquals(List.of("ok"), s3Codes(r));
  }
}
