package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.history.CallOutcome;
import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.planted.NoMarginProviderFactory;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.vocabulary.Operation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upload step: a real Transfer Manager upload whose parts the clock spreads over virtual
 * time, each signed when it starts and judged when it arrives.
 */
class UploadStepTest {
  private static final Path SCENARIO =
      Path.of("scenarios", "19-multipart-upload-outlives-credentials.yaml");

  @Test
  void theBuilderMakesTheStepTheFileSays() {
    dev.lapse.scenario.Scenario read = dev.lapse.scenario.ScenarioReader.read(SCENARIO);
    dev.lapse.scenario.Scenario built = dev.lapse.scenario.Scenario.builder("built")
        .bucket("photos", "us-east-1")
        .upload("photos/video.mp4", 64L << 20, 8L << 20, Duration.ofMinutes(112)).build();
    assertEquals(read.steps().get(4), built.steps().get(0));
  }

  @Test
  void robustRefreshesBetweenPartsAndTheUploadSucceeds() {
    RunResult result = Lapse.scenarios(SCENARIO).against("robust", new RobustProviderFactory())
        .run().get(0);
    assertTrue(result.passed(), result.violations()::toString);
    List<JournalEntry> parts = result.record().entries().stream()
        .filter(e -> e.operation() == Operation.UPLOAD_PART).toList();
    assertEquals(8, parts.size());
    // One part every 14 minutes from 46m01s after the start, each judged 3 s after signing.
    Duration gap = Duration.between(parts.get(0).judgedAt(), parts.get(1).judgedAt());
    assertEquals(Duration.ofMinutes(14), gap);
    assertTrue(parts.stream().allMatch(JournalEntry::succeeded));
    // Parts arrive until 2h24m, long after the launch's one-hour credentials expired, and all
    // succeeded: robust refreshed between parts (how often, its advisory window decides).
    assertTrue(parts.stream().map(e -> e.credentials().accessKeyId()).distinct().count() >= 2,
        "the parts after the first hour carry new credentials");
    // Each part's credentials are resolved when the part starts, after the clock moved: a
    // refresh during the upload happens at the instant of a part, and that part carries them.
    List<JournalEntry> fetches = result.record().entries().stream()
        .filter(e -> e.operation() == Operation.GET_CREDENTIALS_FOR_IDENTITY)
        .filter(e -> e.receivedAt().isAfter(parts.get(0).receivedAt())
            && !e.receivedAt().isAfter(parts.get(parts.size() - 1).receivedAt())).toList();
    assertFalse(fetches.isEmpty());
    for (JournalEntry fetch : fetches) {
      assertTrue(parts.stream().anyMatch(p -> p.receivedAt().equals(fetch.receivedAt())
          && p.credentials().accessKeyId().equals(fetch.issuedCredentials().accessKeyId())),
          () -> "the credentials fetched at " + fetch.receivedAt() + " went to a later part");
    }
  }

  @Test
  void sdkCachedStaleAMinuteAheadPassesAndSeedNaiveFails() {
    List<RunResult> results = Lapse.scenarios(SCENARIO)
        .against("sdk-cached", new dev.lapse.provider.reference.SdkCachedProviderFactory()).run();
    assertTrue(results.get(0).passed(), results.get(0).violations()::toString);
    RunResult naive = Lapse.scenarios(SCENARIO)
        .against("seed-naive", new dev.lapse.provider.reference.SeedNaiveProviderFactory()).run()
        .get(0);
    assertFalse(naive.passed());
  }

  @Test
  void aProviderWithoutMarginSignsAPartThatArrivesExpired() {
    RunResult result = Lapse.scenarios(SCENARIO)
        .against("planted-no-margin", new NoMarginProviderFactory()).run().get(0);
    assertFalse(result.passed());
    assertFalse(result.violationsOf("no-expired-token").isEmpty(), result.violations()::toString);
    CallOutcome upload = result.record().steps().get(4).calls().get(0);
    assertFalse(upload.ok());
    assertEquals("ExpiredToken", upload.errorCode());
  }
}
