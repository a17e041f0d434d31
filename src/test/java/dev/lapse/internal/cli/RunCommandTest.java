package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lapse run` as a user meets it: exit codes, the table, and located errors for bad input. */
class RunCommandTest {
  @TempDir
  Path tmp;

  private record Outcome(int code, String out, String err) {}

  private Outcome lapse(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true));
    System.setErr(new PrintStream(e, true));
    try {
      int code = Main.execute(args);
      return new Outcome(code, o.toString(), e.toString());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void passingAndFailingProvidersGiveExitCodesZeroAndOne() {
    Outcome pass = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider", "robust",
        "--reports", tmp.toString());
    assertEquals(0, pass.code(), pass.err());
    assertTrue(pass.out().contains("relaunch-without-idle") && pass.out().contains("PASS"), pass.out());
    Outcome fail = lapse("run", "scenarios/01-relaunch-after-idle.yaml", "--provider", "seed-naive",
        "--reports", tmp.toString());
    assertEquals(1, fail.code());
    assertTrue(fail.out().contains("FAIL") && fail.out().contains("no-expired-token at +3h00m00s"),
        fail.out());
  }

  /**
   * A provider stuck for good and a 3 s budget: the run in progress is cut off when the budget
   * is spent (or, if class loading spent it first, not begun) and the next is not begun; both
   * INCONCLUSIVE in every report, and the exit code is 3, not 0 and not 1.
   */
  @Test
  void runsTheTimeBudgetCutsOffAreInconclusiveEverywhereAndExitThree() throws Exception {
    Outcome o = lapse("run", "scenarios/15-relaunch-without-idle.yaml",
        "scenarios/01-relaunch-after-idle.yaml", "--provider",
        "com.example.StuckProviderFactory", "--time-budget", "3s", "--reports", tmp.toString());
    assertEquals(Main.INCONCLUSIVE, o.code(), o.out() + o.err());
    assertTrue(o.out().contains("relaunch-after-idle    INCONCLUSIVE"), o.out());
    assertTrue(o.out().contains("0 passed, 0 failed, 2 inconclusive"), o.out());
    String notRun = "not run: the real-time budget of 3s (--time-budget) was spent before this "
        + "run began";
    assertTrue(o.out().contains("relaunch-after-idle / com.example.StuckProviderFactory: "
        + "INCONCLUSIVE: " + notRun), o.out());
    Path json = tmp.resolve("json/com.example.StuckProviderFactory");
    for (String scenario : new String[] {"relaunch-without-idle", "relaunch-after-idle"}) {
      String report = Files.readString(json.resolve(scenario + ".json"));
      assertTrue(report.contains("\"outcome\": \"inconclusive\""), report);
      assertTrue(report.contains("the real-time budget of 3s (--time-budget) was spent"), report);
    }
    String junit;
    try (var files = Files.list(tmp.resolve("junit"))) {
      junit = Files.readString(files.findFirst().orElseThrow()); // one provider, one file
    }
    assertTrue(junit.contains("errors=\"2\"") && junit.contains("type=\"inconclusive\""),
        junit);
    String html = Files.readString(tmp.resolve("index.html"));
    assertEquals(2, html.split("class=\"cell inconclusive\"", -1).length - 1, html);
  }

  /** With no --provider the table is the answer, but a run that could not be judged is 3. */
  @Test
  void withNoProviderAnInconclusiveRunStillExitsThree() {
    Outcome o = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--time-budget", "1ms",
        "--reports", tmp.toString());
    assertEquals(Main.INCONCLUSIVE, o.code(), o.out() + o.err());
    assertTrue(o.out().contains("not run: the real-time budget of 1ms"), o.out());
  }

  @Test
  void aMalformedScenarioIsRefusedWithFileLineAndColumn() throws Exception {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, "name: broken\nsteps:\n  - launch\n  - lanch\n");
    Outcome o = lapse("run", broken.toString(), "--provider", "robust");
    assertEquals(Main.BAD_INPUT, o.code());
    assertTrue(o.err().contains("broken.yaml:4:5: unknown step 'lanch'; expected one of: launch"),
        o.err());
    assertTrue(!o.err().contains("Exception") && !o.err().contains("\tat "), o.err());
  }

  @Test
  void anUnknownProviderOrOptionIsBadInput() {
    Outcome provider = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider", "nope");
    assertEquals(Main.BAD_INPUT, provider.code());
    assertTrue(provider.err().contains("seed-naive"), provider.err());
    Outcome option = lapse("run", "--step-limit", "soon");
    assertEquals(Main.BAD_INPUT, option.code());
    assertTrue(option.err().contains("soon"), option.err());
  }

  @Test
  void bothTransportsGiveTheSameVerdictAndAnUnknownOneIsBadInput() {
    for (String transport : new String[] {"http", "memory"}) {
      Outcome fail = lapse("run", "scenarios/01-relaunch-after-idle.yaml", "--provider",
          "seed-naive", "--transport", transport, "--reports", tmp.toString());
      assertEquals(1, fail.code(), transport + ": " + fail.err());
      assertTrue(fail.out().contains("no-expired-token at +3h00m00s"), fail.out());
    }
    Outcome bad = lapse("run", "--transport", "pigeon");
    assertEquals(Main.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("unknown transport 'pigeon'; expected memory or http"),
        bad.err());
  }
}
