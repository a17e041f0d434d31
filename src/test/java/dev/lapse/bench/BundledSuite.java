package dev.lapse.bench;

import dev.lapse.provider.reference.BundledProviders;
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

/** Runs the bundled scenarios ({@code scenarios/*.yaml}) for the bundled providers. */
public final class BundledSuite {
  public static final Path SCENARIOS = Path.of("scenarios");

  private BundledSuite() {}

  public static List<Scenario> scenarios() {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .map(ScenarioReader::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every bundled scenario for each named bundled provider, scenario-major. */
  public static List<RunResult> run(List<Scenario> scenarios, List<String> providers) {
    List<RunResult> out = new ArrayList<>();
    try (ScenarioRunner runner = new ScenarioRunner()) {
      for (Scenario s : scenarios) {
        for (String p : providers) {
          out.add(runner.run(s, p, BundledProviders.all().get(p).get()));
        }
      }
    }
    return out;
  }

  public static List<RunResult> runAll() {
    return run(scenarios(), List.copyOf(BundledProviders.all().keySet()));
  }
}
