package dev.lapse.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.ScenarioWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled robust provider survives the generator. */
class FuzzRobustTest {
  static final int TRIES = Integer.getInteger("lapse.fuzz.robustTries", 5_000);
  private static ScenarioRunner runner;

  @BeforeAll
  static void open() {
    runner = new ScenarioRunner();
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  @Test
  void robustSurvives5000Tries() {
    FuzzReport report = new Fuzzer(runner).fuzz("robust", new RobustProviderFactory(),
        FuzzOptions.defaults().withSeed(1).withTries(TRIES), FuzzProgress.NONE);
    System.out.printf("robust: %d tries in %.1f s (%.0f tries/s)%n", report.triesDone(),
        report.wallNanos() / 1e9, report.triesPerSecond());
    report.failure().ifPresent(f -> {
      throw new AssertionError(f.violation().message() + "\n" + ScenarioWriter.toYaml(f.shrunk()));
    });
    assertEquals(TRIES, report.triesDone());
    assertTrue(report.passed());
  }
}
