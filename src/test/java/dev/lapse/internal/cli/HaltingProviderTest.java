package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that calls {@code Runtime.halt} ends the JVM with no shutdown hook run; the
 * {@code ./lapse} launcher says what was running from the status the run kept on disk, and
 * the runs that had finished are kept. The launcher is the real script, in a checkout that is
 * already built (its classes and class path are this test's), so it does not compile.
 */
class HaltingProviderTest {
  private static final String SCENARIO_15 = "scenarios/15-relaunch-without-idle.yaml";
  private static final String SCENARIO_01 = "scenarios/01-relaunch-after-idle.yaml";

  @TempDir
  Path tmp;

  @Test
  void theLauncherNamesProviderAndStepAndTheFinishedRunsAreKept() throws Exception {
    Path reports = tmp.resolve("reports");
    Ended halted = launch("run", SCENARIO_15, SCENARIO_01, "--jobs", "1", "--provider",
        "robust", "--provider", "com.example.HaltingProviderFactory", "--reports",
        reports.toString());
    assertEquals(7, halted.code(), halted.err());
    Path kept = reports.toAbsolutePath().resolve("in-progress");
    assertTrue(halted.err().contains("lapse run: the JVM ended without finishing (Runtime.halt "
        + "or a crash?): running com.example.HaltingProviderFactory in scenario "
        + "'relaunch-without-idle', step 1 (launch); 2 finished run(s) kept in " + kept),
        halted.err());
    assertFalse(halted.err().contains("the JVM is exiting"), "no hook ran: " + halted.err());
    for (String scenario : List.of("001-robust--relaunch-without-idle",
        "002-robust--relaunch-after-idle")) {
      String json = Files.readString(kept.resolve(scenario + ".json"));
      assertTrue(json.contains("\"scenario\": \"" + scenario.substring(12) + "\""), json);
      assertTrue(json.contains("\"outcome\": \"pass\""), json);
      assertTrue(json.contains("\"operation\": \"GetObject\""), "the journal is kept: " + json);
    }

    // The next run into the same reports says it too (for java -jar, where no launcher
    // watches), keeps the finished runs aside, and then runs as usual.
    Ended next = launch("run", SCENARIO_15, "--provider", "robust", "--reports",
        reports.toString());
    assertEquals(0, next.code(), next.err());
    Path aside = reports.toAbsolutePath().resolve("unfinished");
    assertTrue(next.err().contains("step 1 (launch); 2 finished run(s) kept in " + kept),
        next.err());
    assertTrue(next.err().contains("what it had finished is now in " + aside), next.err());
    assertTrue(Files.isRegularFile(aside.resolve("002-robust--relaunch-after-idle.json")));
    assertFalse(Files.exists(kept), "a run that ends in the JVM leaves no status behind");
    assertFalse(next.err().contains("the JVM ended without finishing (Runtime.halt or a crash?)"
        + ": running robust"), next.err());
  }

  /** Runtime.halt(0) skips every hook: the launcher, seeing the status left, exits 6. */
  @Test
  void aHaltWithZeroIsNotSuccess() throws Exception {
    Path reports = tmp.resolve("reports");
    Ended halted = launch("run", SCENARIO_15, "--provider",
        "com.example.ZeroHaltingProviderFactory", "--reports", reports.toString());
    assertEquals(Main.ENDED_EARLY, halted.code(), halted.err());
    assertTrue(halted.err().contains("the JVM ended without finishing (Runtime.halt or a crash?)"
        + ": running com.example.ZeroHaltingProviderFactory in scenario 'relaunch-without-idle'"
        + ", step 1 (launch)"), halted.err());
    assertTrue(halted.err().contains("lapse run: the JVM ended with exit code 0 before the runs "
        + "finished; exiting 6"), halted.err());
  }

  /** Runs the real launcher script in a checkout made of this build. */
  private Ended launch(String... args) throws Exception {
    Path checkout = tmp.resolve("checkout");
    if (!Files.exists(checkout)) {
      Files.createDirectories(checkout.resolve("target"));
      Files.copy(Path.of("lapse"), checkout.resolve("lapse"));
      Files.createSymbolicLink(checkout.resolve("target/classes"),
          Path.of("target/classes").toAbsolutePath());
      Files.writeString(checkout.resolve("target/classpath.txt"),
          System.getProperty("java.class.path"));
    }
    List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("lapse").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    pb.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));
    return Ended.of(pb.start());
  }
}
