package dev.lapse.cli;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioException;
import dev.lapse.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads scenario files: every .yaml/.yml under the given files and folders. */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** All scenarios, or the located errors of every file that is malformed. */
  record Loaded(List<Scenario> scenarios, List<String> errors) {}

  static Loaded load(List<Path> paths) {
    List<Scenario> scenarios = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path file : files(paths, errors)) {
      try {
        scenarios.add(ScenarioReader.read(file));
      } catch (ScenarioException e) {
        errors.add(e.getMessage());
      }
    }
    return new Loaded(scenarios, errors);
  }

  private static List<Path> files(List<Path> paths, List<String> errors) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(ScenarioFiles::isYaml).sorted().forEach(out::add);
        } catch (IOException e) {
          errors.add(p + ": cannot read folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        errors.add(p + ": no such file or folder; expected a scenario file (.yaml) or a folder of them");
      }
    }
    return out;
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
