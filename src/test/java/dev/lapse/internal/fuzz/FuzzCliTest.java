package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.internal.cli.Main;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lapse fuzz} and {@code Lapse.fuzz(...)}: what a person sees, and the exit codes. */
class FuzzCliTest {
  @TempDir
  Path reports;

  @Test
  void aFailureIsWrittenAsYamlWithCommandsThatRerunIt() throws Exception {
    String[] out = new String[1];
    int code = capture(out, () -> Main.execute("fuzz", "--provider", "seed-naive", "--seed",
        "1", "--tries", "100", "--reports", reports.toString()));
    assertEquals(1, code, out[0]);
    Path file = reports.resolve("fuzz-seed-naive-seed1-try1.yaml");
    assertTrue(Files.exists(file), out[0]);
    Scenario shrunk = ScenarioReader.read(file);
    assertTrue(shrunk.about().contains("seed 1 at try 1"), shrunk.about());
    assertTrue(out[0].contains("./lapse run " + file + " --provider seed-naive"), out[0]);
    assertTrue(out[0].contains("./lapse fuzz --provider seed-naive --seed 1 --tries 2"), out[0]);
    assertTrue(out[0].matches("(?s).*shrunk from \\d+ to 4 steps.*"), out[0]);
    assertTrue(out[0].contains("no-expired-token"), out[0]);
    assertTrue(Files.exists(reports.resolve("index.html")), out[0]);
    // The HTML shows the confirmed failure failing, shrunk and original: its timelines are
    // runs of it that failed as it was found, not whichever run came next.
    String html = Files.readString(reports.resolve("index.html"));
    for (String run : new String[] {"fuzz-seed-naive-seed1-try1",
        "fuzz-seed-naive-seed1-try1-original"}) {
      assertTrue(html.contains("<a href=\"#sc-" + run + "\">" + run + "</a></th><td class=\"cell "
          + "fail\""), run + " in " + html);
      assertTrue(Files.readString(reports.resolve("json/seed-naive/" + run + ".json"))
          .contains("\"outcome\": \"fail\""), run);
    }
    assertTrue(html.contains("id=\"total-fail\">2 failed</span>"), html);
    // The written file fails the same way when run on its own.
    String[] rerun = new String[1];
    assertEquals(1, capture(rerun, () -> Main.execute("run", file.toString(), "--provider",
        "seed-naive", "--reports", reports.toString())), rerun[0]);
  }

  @Test
  void nothingFailingExitsZero() {
    String[] out = new String[1];
    assertEquals(0, capture(out, () -> Main.execute("fuzz", "--provider", "robust", "--seed",
        "3", "--tries", "20", "--shard", "1/4", "--reports", reports.toString())), out[0]);
    assertTrue(out[0].contains("5 tries"), out[0]);
  }

  @Test
  void badInputExitsTwo() {
    String[] out = new String[1];
    assertEquals(2, capture(out, () -> Main.execute("fuzz", "--provider", "no-such")));
    assertEquals(2, capture(out, () -> Main.execute("fuzz", "--provider", "robust",
        "--shard", "4/4")));
    assertEquals(2, capture(out, () -> Main.execute("fuzz", "--provider", "robust",
        "--tries", "0")));
    assertEquals(2, capture(out, () -> Main.execute("fuzz", "--provider", "robust",
        "--time-budget", "soon")));
  }

  @Test
  void theJavaApiThrowsAnAssertionErrorCarryingTheShrunkYaml() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Lapse.fuzz(SeedNaiveProviderFactory.class).tries(100).seed(1).check());
    String message = e.getMessage();
    assertTrue(message.contains("no-expired-token"), message);
    assertTrue(message.contains("--provider " + SeedNaiveProviderFactory.class.getName()
        + " --seed 1 --tries 2"), message);
    String yaml = message.substring(message.indexOf("name: "));
    assertEquals(4, ScenarioReader.read(yaml, "x").steps().size(), message);
  }

  @Test
  void theJavaApiPassesQuietlyWhenNothingFails() {
    FuzzReport report = Lapse.fuzz(new RobustProviderFactory()).tries(10).seed(5).check();
    assertEquals(10, report.triesDone());
  }

  private static int capture(String[] out, IntSupplier body) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(bytes, true);
    System.setOut(both);
    System.setErr(both);
    try {
      return body.getAsInt();
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      out[0] = bytes.toString();
    }
  }
}
