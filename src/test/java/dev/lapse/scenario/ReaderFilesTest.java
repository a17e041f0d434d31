package dev.lapse.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReaderFilesTest {
  @Test
  void aMissingFileIsAScenarioExceptionNamingThePath() {
    Path missing = Path.of("src/test/resources/scenarios/no-such.yaml");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read(missing));
    assertEquals(missing.toString(), e.file());
    assertEquals(0, e.line());
    assertTrue(e.getMessage().startsWith(missing + ": cannot read the file: "), e.getMessage());
  }

  @Test
  void errorsInAFileCarryItsPath() {
    Path file = Path.of("src/test/resources/scenarios/unknown-step.yaml");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
    assertEquals(file + ":9:5: unknown step 'lanch'; expected one of: launch, terminate,"
        + " background, foreground, wait, get, put, head, delete, list, caller-identity,"
        + " parallel, skew, latency, fault, network, wipe-keychain, repeat, presign, fetch, upload",
        e.getMessage());
  }

  @Test
  void anAliasExpandingExponentiallyIsRefusedNotExpanded() {
    // Each level repeats the one before ten times: level 4 alone would be 111,111 steps.
    StringBuilder yaml = new StringBuilder("name: bomb\nsteps:\n");
    yaml.append("  - &a0 {repeat: {times: 1, steps: [").append("launch, ".repeat(9))
        .append("launch]}}\n");
    for (int i = 1; i <= 4; i++) {
      String alias = "*a" + (i - 1);
      yaml.append("  - &a").append(i).append(" {repeat: {times: 1, steps: [")
          .append((alias + ", ").repeat(9)).append(alias).append("]}}\n");
    }
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read(yaml.toString(), "bomb.yaml"));
    assertEquals("more than 100000 steps; expected a smaller file", e.problem());
  }
}
