package dev.lapse.scenario;

import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.scenario.Step.S3Call;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ScenarioBuilderTest {
  private static final ScenarioBuilder PHOTOS = Scenario.builder("photos")
      .bucket("photos", "eu-west-1").client("photos", "eu-west-1");

  @Test
  void everyMethodReturnsANewBuilderAndLeavesTheOldOneAlone() {
    ScenarioBuilder launched = PHOTOS.launch();
    ScenarioBuilder thenGet = launched.get("photos/cat.jpg");
    ScenarioBuilder thenWait = launched.waitFor(ofMinutes(5)).user("bob").refreshBudget(1);

    assertEquals(List.of(new Step.Launch()), launched.build().steps());
    assertEquals(2, thenGet.build().steps().size());
    assertEquals(new Step.Wait(ofMinutes(5)), thenWait.build().steps().get(1));
    assertEquals("alice", thenGet.build().device().user());
    assertEquals("bob", thenWait.build().device().user());
    assertEquals(Scenario.DEFAULT_EXPECTATIONS, thenGet.build().expect());
    assertEquals(List.of(Expectation.refreshBudget(1)), thenWait.build().expect());
  }

  @Test
  void hasAMethodForEveryStepKind() {
    Scenario scenario = PHOTOS.launch().terminate().background().foreground().wipeKeychain()
        .callerIdentity().callerIdentity("photos").waitFor(ofMinutes(1))
        .get("photos/a").get("photos/a", "default").put("photos/b").put("photos/b", 5)
        .put("photos/b", 6, "default").head("photos/c").head("photos/c", "default")
        .delete("photos/d").delete("photos/d", "default")
        .list("photos").list("photos/p/", "default")
        .parallel(4, call -> call.get("photos/a"))
        .parallel(2, new Step.CallerIdentity("photos"))
        .skew(ofMinutes(-10)).latency(Duration.ofSeconds(2))
        .fault(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN, ofMinutes(10))
        .repeat(3, body -> body.waitFor(ofMinutes(20)).get("photos/a"))
        .step(new Step.Launch())
        .build();

    assertEquals(List.of("launch", "terminate", "background", "foreground", "wipe-keychain",
        "caller-identity", "caller-identity via photos", "wait 1m", "get photos/a",
        "get photos/a", "put photos/b", "put photos/b", "put photos/b", "head photos/c",
        "head photos/c", "delete photos/d", "delete photos/d", "list photos", "list photos/p/",
        "parallel 4 x get photos/a", "parallel 2 x caller-identity via photos", "skew -10m",
        "latency 2s", "fault developer-backend down for 10m",
        "repeat 3 x [wait 20m, get photos/a]", "launch"),
        scenario.steps().stream().map(Step::describe).toList());
    assertEquals(new S3Call(Operation.PUT_OBJECT, "photos", "b", "default", 6), scenario.steps().get(12));
    assertEquals(new S3Call(Operation.LIST_OBJECTS_V2, "photos", "p/", "default"), scenario.steps().get(18));
  }

  @Test
  void bucketsMayBeDeclaredAfterTheStepsThatUseThem() {
    Scenario scenario = Scenario.builder("late").get("late/a").bucket("late", "ap-south-1")
        .client("mumbai", "ap-south-1").build();
    assertEquals(new S3Call(Operation.GET_OBJECT, "late", "a", "mumbai"), scenario.steps().get(0));
  }

  @Test
  void buildChecksWhatTheReaderChecksAndNamesTheStep() {
    assertFails("scenario 'photos' has no steps; expected at least one, e.g. .launch()",
        PHOTOS::build);
    assertFails("scenario name must not be empty", () -> Scenario.builder(" ").launch().build());
    assertFails("step 2: unknown bucket 'fotos'; expected one of: photos",
        () -> PHOTOS.launch().get("fotos/a").build());
    assertFails("step 1: unknown client 'x'; expected one of: photos, default",
        () -> PHOTOS.get("photos/a", "x").build());
    assertFails("step 1: get needs an object key: found 'photos', expected bucket/key such as"
        + " photos/cat.jpg", () -> PHOTOS.get("photos").build());
    assertFails("step 1: wait must not be negative, found -1m",
        () -> PHOTOS.waitFor(ofMinutes(-1)).build());
    assertFails("step 1: parallel count must be at least 1, found 0",
        () -> PHOTOS.parallel(0, call -> call.get("photos/a")).build());
    assertFails("step 1: parallel needs exactly one call, found 2 steps",
        () -> PHOTOS.parallel(2, call -> call.get("photos/a").get("photos/a")).build());
    assertFails("step 1: parallel runs an S3 call or caller-identity, not 'launch'",
        () -> PHOTOS.parallel(2, new Step.Launch()).build());
    assertFails("step 1: repeat times must be at least 1, found 0",
        () -> PHOTOS.repeat(0, body -> body.launch()).build());
    assertFails("step 1: repeat needs at least one step",
        () -> PHOTOS.repeat(2, body -> body).build());
    assertFails("step 2.3: unknown bucket 'fotos'; expected one of: photos",
        () -> PHOTOS.launch().repeat(2, body -> body.launch().launch().get("fotos/a")).build());
    assertFails("step 1.1.1: unknown client 'x'; expected one of: photos, default", () ->
        PHOTOS.repeat(2, outer -> outer.repeat(2, inner -> inner.callerIdentity("x"))).build());
    assertFails("step 1: fault duration must be positive, found 0s",
        () -> PHOTOS.fault(FaultTarget.S3, FaultKind.DOWN, Duration.ZERO).build());
    assertFails("refresh-budget needs a positive number of refreshes, found 0",
        () -> PHOTOS.refreshBudget(0));
    assertFails("login-token-ttl must be positive, found -1m",
        () -> PHOTOS.loginTokenTtl(ofMinutes(-1)));
  }

  private static void assertFails(String message, Supplier<?> action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::get);
    assertEquals(message, e.getMessage());
  }
}
