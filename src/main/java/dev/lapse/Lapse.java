package dev.lapse;

import dev.lapse.junit.ScenarioSuite;
import dev.lapse.scenario.Scenario;
import java.nio.file.Path;

/**
 * Where a user's test class starts: run scenarios against a provider as JUnit dynamic tests.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> suite() {
 *   return Lapse.scenarios(Path.of("scenarios")).against(new MyProviderFactory()).tests();
 * }
 * }</pre>
 */
public final class Lapse {
  private Lapse() {}

  /** Scenario files and folders of them. */
  public static ScenarioSuite scenarios(Path... paths) {
    return ScenarioSuite.of(paths);
  }

  /** Scenarios built in Java with {@link Scenario#builder(String)}. */
  public static ScenarioSuite scenarios(Scenario... scenarios) {
    return ScenarioSuite.of(scenarios);
  }
}
