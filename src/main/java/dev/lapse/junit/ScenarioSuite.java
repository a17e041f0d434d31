package dev.lapse.junit;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenarios to run against one provider from a user's own JUnit test class, one dynamic test
 * per scenario. Immutable: each method returns a new suite.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myProviderSurvivesTheSuite() {
 *   return Lapse.scenarios(Path.of("scenarios")).against(new MyProviderFactory()).tests();
 * }
 * }</pre>
 */
public final class ScenarioSuite {
  private final List<Scenario> scenarios;
  private final String providerName;
  private final CredentialsProviderFactory factory;

  private ScenarioSuite(List<Scenario> scenarios, String providerName,
      CredentialsProviderFactory factory) {
    this.scenarios = List.copyOf(scenarios);
    this.providerName = providerName;
    this.factory = factory;
  }

  /** Scenarios from YAML files and folders (every .yaml/.yml below a folder, sorted). */
  public static ScenarioSuite of(Path... paths) {
    List<Scenario> list = new ArrayList<>();
    for (Path p : paths) {
      for (Path file : yamlFiles(p)) {
        list.add(ScenarioReader.read(file));
      }
    }
    return new ScenarioSuite(list, null, null);
  }

  public static ScenarioSuite of(Scenario... scenarios) {
    return new ScenarioSuite(List.of(scenarios), null, null);
  }

  public ScenarioSuite against(CredentialsProviderFactory provider) {
    return new ScenarioSuite(scenarios, provider.getClass().getName(), provider);
  }

  public ScenarioSuite against(String name, CredentialsProviderFactory provider) {
    return new ScenarioSuite(scenarios, name, provider);
  }

  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** One dynamic test per scenario; a failure is an AssertionError carrying the violations. */
  public Stream<DynamicTest> tests() {
    requireProvider();
    ScenarioRunner runner = new ScenarioRunner();
    return scenarios.stream()
        .map(s -> DynamicTest.dynamicTest(s.name(), () -> assertPassed(runner.run(s, providerName,
            factory))))
        .onClose(runner::close);
  }

  /** Runs every scenario and returns the results, passing or not. */
  public List<RunResult> run() {
    requireProvider();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      return scenarios.stream().map(s -> runner.run(s, providerName, factory)).toList();
    }
  }

  /** Runs every scenario; throws an AssertionError listing every failing one. */
  public void check() {
    StringBuilder failures = new StringBuilder();
    for (RunResult r : run()) {
      if (!r.passed()) {
        failures.append(message(r)).append('\n');
      }
    }
    if (failures.length() > 0) {
      throw new AssertionError(failures.toString());
    }
  }

  static void assertPassed(RunResult result) {
    if (result.isInconclusive()) {
      // Not a finding about the provider: JUnit reports it as aborted, with the reason.
      throw new org.opentest4j.TestAbortedException("INCONCLUSIVE: scenario '"
          + result.scenario().name() + "' for " + result.provider() + ": "
          + result.inconclusive());
    }
    if (!result.passed()) {
      throw new AssertionError(message(result));
    }
  }

  static String message(RunResult r) {
    if (r.isInconclusive()) {
      return "scenario '" + r.scenario().name() + "' is INCONCLUSIVE for " + r.provider() + ": "
          + r.inconclusive();
    }
    StringBuilder sb = new StringBuilder("scenario '" + r.scenario().name() + "' failed for "
        + r.provider() + ":");
    r.violations().forEach(v -> sb.append("\n  ").append(v.message()));
    return sb.toString();
  }

  private void requireProvider() {
    if (factory == null) {
      throw new IllegalStateException("no provider: call against(new MyProviderFactory()) first");
    }
  }

  private static List<Path> yamlFiles(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario folder " + p, e);
    }
  }
}
