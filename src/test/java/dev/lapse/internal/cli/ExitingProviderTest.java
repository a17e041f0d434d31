package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider that calls System.exit ends the run, but not without a word saying who. */
class ExitingProviderTest {
  @TempDir
  Path tmp;

  @Test
  void theExitNamesTheProviderScenarioAndStep() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.lapse.internal.cli.Main", "run",
        "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "com.example.ExitingProviderFactory", "--reports", tmp.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(7, p.exitValue(), err);
    assertTrue(err.contains("the JVM is exiting before the runs finished"), err);
    assertTrue(err.contains("com.example.ExitingProviderFactory in scenario "
        + "'relaunch-without-idle', step 1 (launch)"), err);
  }

  /** What finished before the exit is not lost: robust's runs are reported, the exiter's not. */
  @Test
  void theRunsThatFinishedBeforeTheExitAreReported() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.lapse.internal.cli.Main",
        "run", "scenarios/15-relaunch-without-idle.yaml", "scenarios/01-relaunch-after-idle.yaml",
        "--jobs", "1", "--provider", "robust", "--provider", "com.example.ExitingProviderFactory",
        "--reports", tmp.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(7, p.exitValue(), err);
    assertTrue(err.contains("2 finished run(s) reported in " + tmp.resolve("index.html").toUri()),
        err);
    assertTrue(java.nio.file.Files.isRegularFile(
        tmp.resolve("json/robust/relaunch-after-idle.json")), err);
    assertTrue(java.nio.file.Files.readString(tmp.resolve("index.html"))
        .contains("relaunch-without-idle"));
  }
}
