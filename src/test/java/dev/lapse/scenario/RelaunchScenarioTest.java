package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import dev.lapse.vocabulary.Operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.scenario.Step.S3Call;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenario Lapse exists for, read from its file and written in Java. */
class RelaunchScenarioTest {
  private static final Path FILE = Path.of("src/test/resources/scenarios/relaunch-after-idle.yaml");
  private static final String ABOUT = "The app is closed for three hours and relaunched."
      + " The keychain still holds the identity id, the login token and the credentials of the"
      + " first launch.\n";

  @Test
  void theFileParsesToTheScenarioItDescribes() {
    Scenario scenario = ScenarioReader.read(FILE);

    assertEquals("relaunch-after-idle", scenario.name());
    assertEquals(ABOUT, scenario.about());
    assertEquals(new WorldSpec("us-east-1", Duration.ofMinutes(15), Duration.ofHours(1),
        Map.of("photos", "eu-west-1")), scenario.world());
    assertEquals(List.of("default", "photos"),
        List.copyOf(scenario.device().clients().keySet()));
    assertEquals("eu-west-1", scenario.device().clients().get("photos"));
    assertEquals("alice", scenario.device().user());
    S3Call getCat = new S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "photos", 1024);
    assertEquals(List.of(new Step.Launch(), getCat, new Step.Terminate(),
        new Step.Wait(Duration.ofHours(3)), new Step.Launch(), getCat), scenario.steps());
    assertEquals(List.of("launch", "get photos/cat.jpg", "terminate", "wait 3h", "launch",
        "get photos/cat.jpg"), scenario.steps().stream().map(Step::describe).toList());
    assertEquals(Scenario.DEFAULT_EXPECTATIONS, scenario.expect());
  }

  @Test
  void theBuilderWritesTheSameScenario() {
    Scenario built = Scenario.builder("relaunch-after-idle")
        .about(ABOUT)
        .cognitoRegion("us-east-1")
        .loginTokenTtl(Duration.ofMinutes(15))
        .credentialsTtl(Duration.ofHours(1))
        .bucket("photos", "eu-west-1")
        .client("default", "us-east-1")
        .client("photos", "eu-west-1")
        .launch()
        .get("photos/cat.jpg")
        .terminate()
        .waitFor(Duration.ofHours(3))
        .launch()
        .get("photos/cat.jpg")
        .expect(CheckName.NO_EXPIRED_TOKEN, CheckName.CALLS_SUCCEED)
        .build();

    assertEquals(ScenarioReader.read(FILE), built);
  }

  @Test
  void theBuilderWithItsDefaultsWritesTheSameScenarioToo() {
    Scenario built = Scenario.builder("relaunch-after-idle").about(ABOUT)
        .bucket("photos", "eu-west-1").client("photos", "eu-west-1")
        .launch().get("photos/cat.jpg").terminate().waitFor(Duration.ofHours(3))
        .launch().get("photos/cat.jpg")
        .build();

    assertEquals(ScenarioReader.read(FILE), built);
  }
}
