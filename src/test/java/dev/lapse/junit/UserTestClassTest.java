package dev.lapse.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.run.RunResult;
import dev.lapse.run.Transport;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JUnit entry point used the way a user's own test class would use it. */
class UserTestClassTest {

  @TestFactory
  Stream<DynamicTest> robustSurvivesTheBundledSuite() {
    return Lapse.bundledScenarios().against(new RobustProviderFactory()).tests();
  }

  @Test
  void aFailingScenarioBecomesAnAssertionErrorCarryingTheViolation() throws Throwable {
    Scenario relaunch = Scenario.builder("relaunch").bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").terminate().waitFor(Duration.ofHours(3)).launch()
        .get("photos/cat.jpg").build();
    List<DynamicTest> tests = Lapse.scenarios(relaunch).against(new SeedNaiveProviderFactory())
        .tests().toList();
    assertEquals(1, tests.size());
    assertEquals("relaunch", tests.get(0).getDisplayName());
    AssertionError e = assertThrows(AssertionError.class, () -> tests.get(0).getExecutable().execute());
    assertTrue(e.getMessage().contains("no-expired-token at +3h00m00s"), e.getMessage());
  }

  @Test
  void theSuiteAndTheFuzzerRunOverEitherTransport() {
    Scenario relaunch = Scenario.builder("relaunch").bucket("photos", "us-east-1").launch()
        .get("photos/cat.jpg").terminate().waitFor(Duration.ofHours(3)).launch()
        .get("photos/cat.jpg").build();
    for (Transport transport : Transport.values()) {
      List<RunResult> results = Lapse.scenarios(relaunch).transport(transport)
          .against(new SeedNaiveProviderFactory()).run();
      assertEquals("no-expired-token", results.get(0).firstViolation().orElseThrow().check(),
          transport.toString());
      AssertionError e = assertThrows(AssertionError.class, () -> Lapse.fuzz(
          SeedNaiveProviderFactory.class).transport(transport).tries(20).seed(1).workers(1)
          .check());
      assertTrue(e.getMessage().contains("no-expired-token"), transport + ": " + e.getMessage());
    }
  }
}
