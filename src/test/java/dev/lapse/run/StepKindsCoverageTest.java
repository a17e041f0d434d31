package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.history.StepRecord;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import dev.lapse.scenario.ScenarioWriter;
import dev.lapse.scenario.Step;
import dev.lapse.scenario.StepKind;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.vocabulary.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of step, walked from the sealed {@link Step} itself: each permitted record has a
 * {@link StepKind} row, reads back what it writes, runs through a real run without a step
 * note, and has a row in the README's step table. A new record without a sample here fails
 * the first test, so a forgotten kind cannot slip through.
 */
class StepKindsCoverageTest {
  private static final ScenarioRunner runner = new ScenarioRunner();

  /** One sample of each kind; S3 calls one per operation. */
  private static final List<Step> SAMPLES = List.of(new Step.Launch(), new Step.Terminate(),
      new Step.Background(), new Step.Foreground(), new Step.Wait(Duration.ofMinutes(90)),
      new Step.S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "default"),
      new Step.S3Call(Operation.PUT_OBJECT, "photos", "new.jpg", "default", 4096),
      new Step.S3Call(Operation.HEAD_OBJECT, "photos", "cat.jpg", "default"),
      new Step.S3Call(Operation.DELETE_OBJECT, "photos", "old.jpg", "default"),
      new Step.S3Call(Operation.LIST_OBJECTS_V2, "photos", null, "default"),
      new Step.CallerIdentity("default"),
      new Step.Parallel(4, new Step.CallerIdentity("default")),
      new Step.Skew(Duration.ofMinutes(-10)), new Step.Latency(Duration.ofSeconds(2)),
      new Step.Fault(FaultTarget.S3, FaultKind.THROTTLE, Duration.ofMinutes(1)),
      Step.Network.OFFLINE, Step.Network.ONLINE, new Step.WipeKeychain(),
      new Step.Repeat(2, List.of(new Step.Wait(Duration.ofMinutes(1)))),
      new Step.Presign(Operation.GET_OBJECT, "photos", "cat.jpg", Duration.ofMinutes(10), "link",
          "default"),
      new Step.Fetch("link"),
      new Step.Upload("photos", "video.mp4", 6L << 20, 5L << 20, Duration.ofMinutes(10),
          "default"));

  @AfterAll
  static void close() {
    runner.close();
  }

  @Test
  void everyPermittedRecordAndEveryKindHasASample() {
    Set<Class<?>> sampled = SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet());
    Set<Class<?>> permitted = new HashSet<>(Arrays.asList(Step.class.getPermittedSubclasses()));
    assertEquals(permitted, sampled, "a Step record without a sample in this test");
    assertEquals(Set.of(StepKind.values()),
        SAMPLES.stream().map(Step::kind).collect(Collectors.toSet()), "a kind nobody reports");
  }

  @Test
  void everyKindReadsBackWhatItWrites() {
    for (Step step : SAMPLES) {
      Scenario one = scenario(step);
      String yaml = ScenarioWriter.toYaml(one);
      assertEquals(one, ScenarioReader.read(yaml, "sample.yaml"), yaml);
      assertTrue(yaml.contains(step.kind().keyword()), yaml);
    }
  }

  @Test
  void everyKindRunsWithoutAStepNote() {
    for (Step step : SAMPLES) {
      RunResult r = runner.run(scenario(step), "robust", new RobustProviderFactory());
      Function<String, StepRecord> byKeyword = k -> r.record().steps().stream()
          .filter(s -> s.kind().equals(k)).findFirst().orElse(null);
      StepRecord ran = byKeyword.apply(step.kind() == StepKind.REPEAT ? "wait"
          : step.kind().keyword());
      assertTrue(ran != null, () -> step.describe() + " left no record");
      assertNull(ran.note(), () -> step.describe() + ": " + ran.note());
      if (step.kind() == StepKind.REPEAT) {
        assertEquals("2.2.1", r.record().steps().get(r.record().steps().size() - 1).id());
      } else {
        assertEquals(step, ran.step(), "the record carries the typed step");
      }
    }
  }

  @Test
  void everyKeywordHasARowInTheReadmeStepTable() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Map<StepKind, Boolean> listed = Arrays.stream(StepKind.values()).collect(Collectors.toMap(
        k -> k, k -> readme.lines().anyMatch(l -> l.startsWith("| ")
            && l.contains("`" + k.keyword()))));
    assertTrue(listed.values().stream().allMatch(b -> b), () -> "missing in README: " + listed);
  }

  /** What report/StepLookup once searched for by id, each record now carries itself. */
  @Test
  void recordsInsideRepeatsCarryTheirTypedSteps() {
    Scenario s = Scenario.builder("s").bucket("photos", "us-east-1").launch()
        .repeat(2, r -> r.waitFor(Duration.ofMinutes(1)).skew(Duration.ofMinutes(5))).build();
    RunResult r = runner.run(s, "robust", new RobustProviderFactory());
    Map<String, Step> byId = r.record().steps().stream()
        .collect(Collectors.toMap(StepRecord::id, StepRecord::step));
    assertEquals(List.of("1", "2.1.1", "2.1.2", "2.2.1", "2.2.2"),
        r.record().steps().stream().map(StepRecord::id).toList());
    assertEquals(new Step.Launch(), byId.get("1"));
    assertEquals(new Step.Skew(Duration.ofMinutes(5)), byId.get("2.2.2"));
    assertEquals("skew", r.record().steps().get(4).kind());
  }

  /** The sample after a launch (a call needs a running app), in a world with a photos bucket. */
  private static Scenario scenario(Step step) {
    var builder = Scenario.builder("sample").bucket("photos", "us-east-1").launch();
    if (!step.namedLinks().isEmpty()) { // a fetch opens a link an earlier step made
      builder = builder.step(new Step.Presign(Operation.GET_OBJECT, "photos", "cat.jpg",
          Duration.ofMinutes(10), step.namedLinks().get(0), "default"));
    }
    return builder.step(step).build();
  }
}
