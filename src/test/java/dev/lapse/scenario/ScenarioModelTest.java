package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import dev.lapse.vocabulary.Keyword;
import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.scenario.Step.S3Call;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records guard themselves, so that no invalid scenario can exist. */
class ScenarioModelTest {
  private static final WorldSpec PHOTOS_WORLD =
      WorldSpec.defaults().withBucket("photos", "eu-west-1");

  @Test
  void aScenarioRefusesStepsNamingUndeclaredBucketsOrClients() {
    Scenario ok = new Scenario("x", null, PHOTOS_WORLD, null,
        List.of(new S3Call(Operation.GET_OBJECT, "photos", "a", "default")), null);
    IllegalArgumentException bucket = assertThrows(IllegalArgumentException.class,
        () -> ok.withSteps(List.of(new Step.Repeat(2,
            List.of(new S3Call(Operation.GET_OBJECT, "fotos", "a", "default"))))));
    assertEquals("unknown bucket 'fotos'; expected one of: photos", bucket.getMessage());
    IllegalArgumentException client = assertThrows(IllegalArgumentException.class,
        () -> ok.withSteps(List.of(new Step.Parallel(2, new Step.CallerIdentity("x")))));
    assertEquals("unknown client 'x'; expected one of: default", client.getMessage());
  }

  @Test
  void aScenarioFillsInItsDefaults() {
    Scenario scenario = new Scenario("x", null, null, null, List.of(), null);
    assertEquals("", scenario.about());
    assertEquals(WorldSpec.defaults(), scenario.world());
    assertEquals(Map.of("default", "us-east-1"), scenario.device().clients());
    assertEquals(Scenario.DEFAULT_EXPECTATIONS, scenario.expect());
    assertEquals(List.of(), scenario.steps()); // allowed here so that a shrinker may try it
  }

  @Test
  void withersChangeOneComponent() {
    Scenario scenario = Scenario.builder("a").launch().build();
    assertEquals("b", scenario.withName("b").name());
    assertEquals("why", scenario.withAbout("why").about());
    assertEquals(List.of(new Step.Terminate()),
        scenario.withSteps(List.of(new Step.Terminate())).steps());
    assertEquals(List.of(), scenario.withExpect(List.of()).expect());
    assertEquals(scenario.steps(), scenario.withName("b").steps());
    assertEquals("a", scenario.name());
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    Map<String, String> buckets = new HashMap<>(Map.of("photos", "eu-west-1"));
    WorldSpec world = new WorldSpec("us-east-1", ofMinutes(1), ofMinutes(2), buckets);
    buckets.put("late", "us-east-1");
    assertEquals(Map.of("photos", "eu-west-1"), world.buckets());
    assertThrows(UnsupportedOperationException.class, () -> world.buckets().put("a", "b"));
    Scenario scenario = Scenario.builder("x").launch().build();
    assertThrows(UnsupportedOperationException.class, () -> scenario.steps().add(null));
    assertThrows(UnsupportedOperationException.class,
        () -> scenario.device().clients().put("a", "b"));
  }

  @Test
  void stepsValidateThemselves() {
    assertEquals("put size must not be negative, found -1", assertThrows(
        IllegalArgumentException.class,
        () -> new S3Call(Operation.PUT_OBJECT, "photos", "a", "default", -1)).getMessage());
    assertEquals("size applies only to put, not to get", assertThrows(
        IllegalArgumentException.class,
        () -> new S3Call(Operation.GET_OBJECT, "photos", "a", "default", 5)).getMessage());
    assertEquals("head needs an object key: expected bucket/key such as photos/cat.jpg",
        assertThrows(IllegalArgumentException.class,
            () -> new S3Call(Operation.HEAD_OBJECT, "photos", "", "default")).getMessage());
    assertEquals("skew is missing", assertThrows(IllegalArgumentException.class,
        () -> new Step.Skew(null)).getMessage());
    assertEquals("latency must not be negative, found -1m", assertThrows(
        IllegalArgumentException.class, () -> new Step.Latency(ofMinutes(-1))).getMessage());
    assertEquals("calls-succeed takes no number, found 3", assertThrows(
        IllegalArgumentException.class,
        () -> new Expectation(CheckName.CALLS_SUCCEED, 3)).getMessage());
  }

  @Test
  void listingABucketWithAnEmptyPrefixListsTheWholeBucket() {
    S3Call call = new S3Call(Operation.LIST_OBJECTS_V2, "photos", "", "default");
    assertNull(call.key());
    assertEquals("photos", call.target());
    assertEquals(new S3Call(Operation.LIST_OBJECTS_V2, "photos", null, "default"), call);
  }

  @Test
  void describesStepsShortly() {
    assertEquals("skew +10m", new Step.Skew(ofMinutes(10)).describe());
    assertEquals("skew -10m", new Step.Skew(ofMinutes(-10)).describe());
    assertEquals("parallel 16 x get photos/cat.jpg", new Step.Parallel(16,
        new S3Call(Operation.GET_OBJECT, "photos", "cat.jpg", "default")).describe());
    assertEquals("fault sts throttle for 1m",
        new Step.Fault(FaultTarget.STS, FaultKind.THROTTLE, ofMinutes(1)).describe());
    assertEquals("refresh-budget: 2", Expectation.refreshBudget(2).describe());
    assertEquals("single-flight", Expectation.of(CheckName.SINGLE_FLIGHT).describe());
  }

  @Test
  void enumsKnowTheirYamlNames() {
    assertEquals(List.of("developer-backend", "cognito", "sts", "s3"),
        Keyword.all(FaultTarget.class));
    assertEquals(List.of("down", "slow", "error", "throttle", "revoke"),
        Keyword.all(FaultKind.class));
    assertEquals(List.of("get", "put", "head", "delete", "list"), StepKind.s3Kinds().stream().map(StepKind::keyword).toList());
    assertEquals(CheckName.QUIET_AFTER_TERMINATE,
        CheckName.fromKeyword("quiet-after-terminate").orElseThrow());
    assertEquals(FaultTarget.DEVELOPER_BACKEND,
        FaultTarget.fromKeyword("developer-backend").orElseThrow());
  }
}
