package dev.lapse.junit;

import dev.lapse.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the JUnit entry points write HTML timelines: the build's own output folder, so that
 * {@code mvn clean} or {@code gradle clean} removes them and nothing lands beside the sources.
 * The system property {@code lapse.reports} overrides it.
 */
final class ReportsFolder {
  static final Path DEFAULT = defaultFolder();

  private ReportsFolder() {}

  private static Path defaultFolder() {
    String property = System.getProperty("lapse.reports");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    boolean gradle = !Files.exists(Path.of("pom.xml"))
        && (Files.exists(Path.of("build.gradle")) || Files.exists(Path.of("build.gradle.kts")));
    return Path.of(gradle ? "build" : "target", "lapse-reports");
  }

  /** {@code <dir>/<provider>/<scenario>.html}, names made safe for any file system. */
  static Path runPage(Path dir, RunResult r) {
    return dir.resolve(safe(r.provider())).resolve(safe(r.scenario().name()) + ".html");
  }

  private static String safe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }
}
