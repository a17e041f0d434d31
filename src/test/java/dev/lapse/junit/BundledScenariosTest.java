package dev.lapse.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite shipped on the classpath is the repository's scenarios/ folder, read alike. */
class BundledScenariosTest {

  @Test
  void theBundledSuiteIsTheScenariosFolder() throws IOException {
    List<Scenario> fromFolder;
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      fromFolder = files.sorted().map(ScenarioReader::read).toList();
    }
    List<Scenario> bundled = Lapse.bundledScenarios().scenarios();
    assertEquals(33, bundled.size());
    assertEquals(fromFolder, bundled);
    assertEquals(bundled, Lapse.scenarios("classpath:dev/lapse/scenarios").scenarios());
  }

  @Test
  void eachBundledTestNamesItsScenarioAndLinksItsClasspathFile() {
    List<DynamicTest> tests = Lapse.bundledScenarios().against(new SeedNaiveProviderFactory())
        .tests().toList();
    assertEquals("relaunch-after-idle", tests.get(0).getDisplayName());
    assertEquals(URI.create("classpath:/dev/lapse/scenarios/01-relaunch-after-idle.yaml"),
        tests.get(0).getTestSourceUri().orElseThrow());
  }

  @Test
  void aFailingScenarioNamesItsViolationAndTheHtmlTimeline(@TempDir Path reports)
      throws Throwable {
    List<DynamicTest> tests = Lapse.scenarios("classpath:dev/lapse/scenarios/01-relaunch-after-idle.yaml")
        .against("seed-naive", new SeedNaiveProviderFactory()).reports(reports).tests().toList();
    AssertionError e = assertThrows(AssertionError.class,
        () -> tests.get(0).getExecutable().execute());
    assertTrue(e.getMessage().contains("no-expired-token at +3h00m00s"), e.getMessage());
    Path page = reports.resolve("seed-naive").resolve("relaunch-after-idle.html");
    assertTrue(e.getMessage().contains("timeline: " + page.toUri()), e.getMessage());
    assertTrue(Files.readString(page).contains("relaunch-after-idle"));
  }

  @Test
  void aMissingPathNamesTheWorkingDirectory() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lapse.scenarios(Path.of("no-such-scenarios")));
    assertTrue(e.getMessage().contains("no-such-scenarios: no such file or folder (the working "
        + "directory is " + Path.of("").toAbsolutePath() + ")"), e.getMessage());
    IllegalArgumentException onClasspath = assertThrows(IllegalArgumentException.class,
        () -> Lapse.scenarios("classpath:nowhere"));
    assertTrue(onClasspath.getMessage().startsWith("classpath:nowhere: no such resource on the "
        + "classpath"), onClasspath.getMessage());
  }

  @Test
  void onlyPicksScenariosByNameAndRefusesUnknownOnes() {
    assertEquals(List.of("relaunch-after-idle", "cold-start-burst"), Lapse.bundledScenarios()
        .only("cold-start-burst", "relaunch-after-idle").scenarios().stream()
        .map(Scenario::name).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lapse.bundledScenarios().only("relaunch"));
    assertTrue(e.getMessage().contains("no scenario named 'relaunch'; the suite has: "
        + "relaunch-after-idle"), e.getMessage());
  }
}
