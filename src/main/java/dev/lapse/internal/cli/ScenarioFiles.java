package dev.lapse.internal.cli;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioException;
import dev.lapse.scenario.ScenarioSources;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads scenario files: every .yaml/.yml under the given files and folders, or on the
 * classpath ({@code classpath:dev/lapse/scenarios} is the bundled suite).
 */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** All scenarios, or the located errors of every file that is malformed or missing. */
  record Loaded(List<Scenario> scenarios, List<String> errors) {}

  static Loaded load(List<String> locations) {
    List<Scenario> scenarios = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String location : locations) {
      List<ScenarioSources.Source> sources;
      try {
        sources = ScenarioSources.find(location, ScenarioFiles.class.getClassLoader());
      } catch (IllegalArgumentException | UncheckedIOException e) {
        errors.add(e.getMessage() + (location.startsWith(ScenarioSources.CLASSPATH) ? ""
            : " (with no PATH, lapse run runs the bundled suite)"));
        continue;
      }
      for (ScenarioSources.Source source : sources) {
        try {
          scenarios.add(source.read());
        } catch (ScenarioException e) {
          errors.add(e.getMessage());
        }
      }
    }
    return new Loaded(scenarios, errors);
  }
}
