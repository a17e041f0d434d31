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
