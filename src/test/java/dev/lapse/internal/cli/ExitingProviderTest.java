package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that calls System.exit ends the run, but not without a word saying who, and
 * never with exit code 0; a signal is told apart from it and keeps its own code.
 */
class ExitingProviderTest {
  @TempDir
  Path tmp;

  private Process lapse(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"),
        "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "dev.lapse.internal.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }


  @Test
  void theExitNamesTheProviderScenarioAndStepAndIsNeverSuccess() throws Exception {
    Ended e = Ended.of(lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "com.example.ExitingProviderFactory", "--reports", tmp.toString()));
    assertEquals(Main.ENDED_EARLY, e.code(), e.err());
    assertTrue(e.err().contains("lapse run: the JVM is exiting before the runs finished: "
        + "System.exit was called from com.example.ExitingProviderFactory.launch("
        + "ExitingProviderFactory.java:"), e.err());
    assertTrue(e.err().contains("Running at that moment: com.example.ExitingProviderFactory in "
        + "scenario 'relaunch-without-idle', step 1 (launch)"), e.err());
    assertTrue(e.err().contains("lapse run: exit code 6 (the runs did not finish"), e.err());
  }

  /** System.exit(0) made CI green: the exit code is 6, as for any other code. */
  @Test
  void anExitWithZeroIsNotSuccess() throws Exception {
    Ended e = Ended.of(lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "com.example.ZeroExitingProviderFactory", "--reports", tmp.toString()));
    assertEquals(Main.ENDED_EARLY, e.code(), e.err());
    assertTrue(e.err().contains("System.exit was called from "
        + "com.example.ZeroExitingProviderFactory.launch("), e.err());
  }

  /** What finished before the exit is not lost: robust's runs are reported, the exiter's not. */
  @Test
  void theRunsThatFinishedBeforeTheExitAreReported() throws Exception {
    Ended e = Ended.of(lapse("run", "scenarios/15-relaunch-without-idle.yaml",
        "scenarios/01-relaunch-after-idle.yaml", "--jobs", "1", "--provider", "robust",
        "--provider", "com.example.ExitingProviderFactory", "--reports", tmp.toString()));
    assertEquals(Main.ENDED_EARLY, e.code(), e.err());
    assertTrue(e.err().contains("2 finished run(s) reported in "
        + tmp.resolve("index.html").toUri()), e.err());
    assertTrue(java.nio.file.Files.isRegularFile(
        tmp.resolve("json/robust/relaunch-after-idle.json")), e.err());
    assertTrue(java.nio.file.Files.readString(tmp.resolve("index.html"))
        .contains("relaunch-without-idle"));
  }

  /** lapse fuzz had no hook: it exited 7 with no word. */
  @Test
  void fuzzNamesTheProviderTryAndStepAndHowToSearchAgain() throws Exception {
    Ended e = Ended.of(lapse("fuzz", "--provider", "com.example.ExitingProviderFactory", "--seed",
        "1", "--tries", "3", "--workers", "1", "--reports", tmp.toString()));
    assertEquals(Main.ENDED_EARLY, e.code(), e.err());
    assertTrue(e.err().contains("lapse fuzz: the JVM is exiting before the runs finished: "
        + "System.exit was called from com.example.ExitingProviderFactory.launch("), e.err());
    assertTrue(e.err().matches("(?s).*Running at that moment: com\\.example\\."
        + "ExitingProviderFactory in scenario 'fuzz', step \\d+ \\(launch\\), try 0 of seed 1.*"),
        e.err());
    assertTrue(e.err().contains("lapse fuzz: no report was written; the same search again: "
        + "./lapse fuzz --provider com.example.ExitingProviderFactory --seed 1 --tries 3"),
        e.err());
  }

  /**
   * SIGTERM while a provider is stuck: said as a signal (it was "did a provider call
   * System.exit?"), the finished runs' reports are written, and the JVM's own code for it,
   * 143, stands.
   */
  @Test
  void aSignalIsNotCalledASystemExitAndKeepsItsCode() throws Exception {
    Process p = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "com.example.StuckProviderFactory", "--step-limit", "5m", "--reports", tmp.toString());
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8));
    StringBuilder said = new StringBuilder();
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      said.append(line).append('\n');
      if (line.startsWith("StuckProviderFactory: waiting")) {
        break; // a run is in progress, stuck in its provider: now the signal
      }
    }
    p.toHandle().destroy(); // SIGTERM; Process.destroy would also close the streams
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      said.append(line).append('\n');
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), said.toString());
    assertEquals(143, p.exitValue(), said.toString());
    assertTrue(said.toString().contains("lapse run: the JVM is exiting before the runs "
        + "finished: it received SIGTERM, a request to stop"), said.toString());
    assertTrue(said.toString().contains("Running at that moment: "
        + "com.example.StuckProviderFactory in scenario 'relaunch-without-idle', step 2"),
        said.toString());
    assertFalse(said.toString().contains("System.exit"), said.toString());
  }
}
