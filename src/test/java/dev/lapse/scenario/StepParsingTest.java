package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.scenario.Step.S3Call;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepParsingTest {
  private static final Path EVERY_STEP = Path.of("src/test/resources/scenarios/every-step.yaml");

  @Test
  void everyStepKindParsesToItsRecord() {
    Scenario scenario = ScenarioReader.read(EVERY_STEP);

    List<Step> expected = List.of(
        new Step.Launch(),
        new Step.Terminate(),
        new Step.Background(),
        new Step.Foreground(),
        new Step.WipeKeychain(),
        new Step.CallerIdentity("default"),
        new Step.CallerIdentity("photos"),
        new Step.Wait(Duration.ofHours(3)),
        new S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "photos"),
        new S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "default"),
        new S3Call(Operation.PUT_OBJECT, "photos", "dog.jpg", "photos", 4096),
        new S3Call(Operation.PUT_OBJECT, "photos", "dog.jpg", "photos", 1024),
        new S3Call(Operation.HEAD_OBJECT, "photos", "cat.jpg", "photos"),
        new S3Call(Operation.DELETE_OBJECT, "photos", "cat.jpg", "photos"),
        new S3Call(Operation.LIST_OBJECTS_V2, "photos", null, "photos"),
        new S3Call(Operation.LIST_OBJECTS_V2, "photos", "2024/", "photos"),
        new Step.Parallel(16, new S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "photos")),
        new Step.Skew(Duration.ofMinutes(-10)),
        new Step.Latency(Duration.ofSeconds(2)),
        new Step.Fault(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN, Duration.ofMinutes(10)),
        new Step.Repeat(3, List.of(new Step.Wait(Duration.ofMinutes(20)),
            new S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "photos"))));
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), scenario.steps().get(i), "step " + (i + 1));
    }
    assertEquals(expected.size(), scenario.steps().size());
    assertEquals("bob", scenario.device().user());
    assertEquals(List.of(Expectation.of(CheckName.NO_EXPIRED_TOKEN),
        Expectation.of(CheckName.CALLS_SUCCEED), Expectation.refreshBudget(2)),
        scenario.expect());
  }

  @Test
  void optionsMaySitBesideTheKeywordOrInsideIt() {
    Scenario beside = read("  - put: photos/dog.jpg\n    size: 7\n    client: default\n");
    Scenario inside = read("  - put: {object: photos/dog.jpg, size: 7, client: default}\n");
    S3Call expected = new S3Call(Operation.PUT_OBJECT, "photos", "dog.jpg", "default", 7);
    assertEquals(List.of(expected), beside.steps());
    assertEquals(List.of(expected), inside.steps());
  }

  @Test
  void parallelRunsAnyCallWithItsOptions() {
    Scenario scenario = read("""
          - parallel: {count: 4, put: photos/a, size: 9, client: default}
          - parallel: {count: 2, caller-identity: {client: photos}}
          - parallel:
              count: 3
              list: photos
        """);
    assertEquals(List.of(
        new Step.Parallel(4, new S3Call(Operation.PUT_OBJECT, "photos", "a", "default", 9)),
        new Step.Parallel(2, new Step.CallerIdentity("photos")),
        new Step.Parallel(3, new S3Call(Operation.LIST_OBJECTS_V2, "photos", null, "photos"))),
        scenario.steps());
  }

  @Test
  void anS3CallGoesThroughTheFirstClientInItsBucketsRegionElseDefault() {
    Scenario scenario = ScenarioReader.read("""
        name: regions
        world:
          buckets: {photos: eu-west-1, logs: ap-south-1, home: us-east-1}
        device:
          clients: {ireland: eu-west-1, dublin: eu-west-1, default: us-east-1, east: us-east-1}
        steps:
          - get: photos/a
          - get: logs/a
          - get: home/a
        """, "regions.yaml");
    assertEquals(List.of("ireland", "default", "default"), scenario.steps().stream()
        .map(step -> ((S3Call) step).client()).toList());
  }

  @Test
  void aMissingDefaultClientIsAddedInTheCognitoRegionAfterTheDeclaredOnes() {
    Scenario scenario = ScenarioReader.read("""
        name: no-default
        world: {cognito-region: eu-central-1, buckets: {home: eu-central-1}}
        device: {clients: {mine: eu-central-1}}
        steps: [get: home/a, caller-identity]
        """, "no-default.yaml");
    assertEquals(List.of("mine", "default"), List.copyOf(scenario.device().clients().keySet()));
    assertEquals(Map.of("mine", "eu-central-1", "default", "eu-central-1"),
        scenario.device().clients());
    assertEquals(new S3Call(Operation.GET_OBJECT, "home", "a", "mine"), scenario.steps().get(0));
    assertEquals(new Step.CallerIdentity("default"), scenario.steps().get(1));
  }

  @Test
  void absentSectionsTakeTheirDefaults() {
    Scenario scenario = ScenarioReader.read("name: bare\nsteps: [launch]\n", "bare.yaml");
    assertEquals(WorldSpec.defaults(), scenario.world());
    assertEquals(Map.of("default", "us-east-1"), scenario.device().clients());
    assertEquals("alice", scenario.device().user());
    assertEquals("", scenario.about());
    assertEquals(Scenario.DEFAULT_EXPECTATIONS, scenario.expect());
    assertEquals(List.of(), ScenarioReader.read("name: x\nsteps: [launch]\nexpect: []\n", "x")
        .expect());
  }

  @Test
  void presignTakesGetPutOrHeadAndFetchOpensTheLinkByName() {
    Scenario scenario = read("""
          - presign: {get: photos/cat.jpg, expires: 7d, as: shared}
          - presign: {put: photos/up.jpg, expires: 15m, as: upload, client: default}
          - presign: {head: photos/cat.jpg, expires: 90s, as: probe}
          - fetch: shared
          - fetch: upload
        """);
    assertEquals(List.of(
        new Step.Presign(Operation.GET_OBJECT, "photos", "cat.jpg", Duration.ofDays(7), "shared",
            "photos"),
        new Step.Presign(Operation.PUT_OBJECT, "photos", "up.jpg", Duration.ofMinutes(15),
            "upload", "default"),
        new Step.Presign(Operation.HEAD_OBJECT, "photos", "cat.jpg", Duration.ofSeconds(90),
            "probe", "photos"),
        new Step.Fetch("shared"), new Step.Fetch("upload")), scenario.steps());
    assertEquals(scenario, ScenarioReader.read(ScenarioWriter.toYaml(scenario), "again.yaml"));
    assertEquals("presign put photos/up.jpg for 15m as upload",
        scenario.steps().get(1).describe());
  }

  /** A scenario with the photos bucket and client, and the given lines under steps:. */
  static Scenario read(String stepLines) {
    return ScenarioReader.read("""
        name: test
        world: {buckets: {photos: eu-west-1}}
        device: {clients: {photos: eu-west-1}}
        steps:
        """ + stepLines, "test.yaml");
  }
}
