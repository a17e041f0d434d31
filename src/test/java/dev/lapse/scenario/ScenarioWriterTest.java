package dev.lapse.scenario;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioWriterTest {
  private static final Path RELAUNCH =
      Path.of("src/test/resources/scenarios/relaunch-after-idle.yaml");

  static Stream<Scenario> scenarios() {
    return Stream.of(
        ScenarioReader.read(RELAUNCH),
        ScenarioReader.read(Path.of("src/test/resources/scenarios/every-step.yaml")),
        Scenario.builder("minimal").launch().build(),
        Scenario.builder("odd names")
            .about("  starts with spaces, has trailing spaces   \n\nand a second paragraph\n\n")
            .cognitoRegion("eu-central-1")
            .loginTokenTtl(Duration.ofSeconds(1)).credentialsTtl(Duration.ofDays(1))
            .bucket("on", "123").bucket("null", "yes").bucket("#hash", "a: b")
            .client("~", "123").client("default", "eu-central-1").user("- bob")
            .put("on/key with spaces and: colon", 0).get("null/123").list("#hash/")
            .list("#hash/'quoted\"/", "default").callerIdentity("~")
            .parallel(2, call -> call.callerIdentity())
            .parallel(3, call -> call.put("on/x", 7, "default"))
            .skew(Duration.ofNanos(-1)).latency(Duration.ZERO)
            .waitFor(Duration.ofDays(3).plusMillis(1))
            .expect()
            .build(),
        Scenario.builder("nested").about("x".repeat(200))
            .bucket("photos", "eu-west-1").client("photos", "eu-west-1")
            .repeat(2, outer -> outer.launch().repeat(3, inner -> inner
                .fault(FaultTarget.S3, FaultKind.THROTTLE, Duration.ofSeconds(1))
                .fault(FaultTarget.COGNITO, FaultKind.SLOW, Duration.ofMinutes(1))
                .fault(FaultTarget.STS, FaultKind.ERROR, Duration.ofHours(1))
                .parallel(8, call -> call.head("photos/a", "default"))
                .delete("photos/a").wipeKeychain())
                .background().foreground().terminate())
            .refreshBudget(3).expect(CheckName.values()[0], CheckName.SINGLE_FLIGHT,
                CheckName.STABLE_IDENTITY, CheckName.RIGHT_REGION,
                CheckName.QUIET_AFTER_TERMINATE, CheckName.CALLS_SUCCEED)
            .build(),
        Scenario.builder("recovery paths")
            .bucket("photos", "eu-west-1", false).bucket("on", "us-east-1", true)
            .bucket("false", "us-east-1", false)
            .launch().fault(FaultTarget.S3, FaultKind.REVOKE, Duration.ofMinutes(1))
            .fault(FaultTarget.COGNITO, FaultKind.REVOKE, Duration.ofSeconds(1))
            .refreshBackoff(Duration.ofSeconds(30)).expect(CheckName.STATIC_STABILITY,
                CheckName.DROPS_REJECTED_CREDENTIALS)
            .build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void readingWhatWasWrittenGivesTheSameScenario(Scenario scenario) {
    String yaml = ScenarioWriter.toYaml(scenario);
    assertEquals(scenario, ScenarioReader.read(yaml, "written.yaml"), yaml);
  }

  @Test
  void writesTheRelaunchFileInItsOwnStyle() throws IOException {
    String yaml = ScenarioWriter.toYaml(ScenarioReader.read(RELAUNCH));
    // Same lines as the hand-written file except where SnakeYAML folds the about text.
    List<String> written = yaml.lines().toList();
    List<String> original = Files.readAllLines(RELAUNCH);
    assertEquals(original.subList(0, 2), written.subList(0, 2));
    assertEquals(original.subList(4, original.size()), written.subList(4, written.size()));
  }

  @Test
  void writesOptionsOnlyWhereTheyDifferFromWhatTheReaderWouldChoose() {
    Scenario scenario = Scenario.builder("options").bucket("photos", "eu-west-1")
        .client("photos", "eu-west-1")
        .get("photos/a").get("photos/a", "photos").get("photos/a", "default")
        .put("photos/b", 4096).callerIdentity().callerIdentity("photos")
        .parallel(2, call -> call.callerIdentity()).skew(Duration.ofMinutes(10))
        .build();
    String steps = ScenarioWriter.toYaml(scenario).split("steps:\n")[1].split("expect:")[0];
    assertEquals("""
          - get: photos/a
          - get: photos/a
          - get: photos/a
            client: default
          - put: photos/b
            size: 4096
          - caller-identity
          - caller-identity: {client: photos}
          - parallel: {count: 2, caller-identity: {}}
          - skew: 10m
        """, steps);
  }

  @Test
  void aLongAboutIsABlockAndAShortOneStaysInline() {
    String longAbout = ScenarioWriter.toYaml(Scenario.builder("x").launch()
        .about("word ".repeat(30).strip()).build());
    assertTrue(longAbout.contains("about: >-\n  word word"), longAbout); // ">-": no final newline
    String shortAbout = ScenarioWriter.toYaml(Scenario.builder("x").launch().about("short")
        .build());
    assertTrue(shortAbout.contains("about: short\n"), shortAbout);
    String noAbout = ScenarioWriter.toYaml(Scenario.builder("x").launch().build());
    assertTrue(!noAbout.contains("about"), noAbout);
  }

  @Test
  void writesNoExpectationsAsAnEmptyList() {
    Scenario none = Scenario.builder("x").launch().expect().build();
    assertEquals(List.of(), none.expect());
    assertTrue(ScenarioWriter.toYaml(none).endsWith("expect: []\n"));
    assertEquals(Map.of("default", "us-east-1"), none.device().clients());
  }
}
