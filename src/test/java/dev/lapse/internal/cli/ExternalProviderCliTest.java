package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lapse run|fuzz --provider node:...|python:...` as a user meets it. */
class ExternalProviderCliTest {
  @TempDir
  Path tmp;

  private record Outcome(int code, String out, String err) {}

  private static Outcome lapse(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true));
    System.setErr(new PrintStream(e, true));
    try {
      return new Outcome(Main.execute(args), o.toString(), e.toString());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static void assumeNode() {
    assumeTrue(Files.isDirectory(Path.of("node_modules/@aws-sdk/client-s3")),
        "Node packages are not installed (see adapters/install's output)");
  }

  private static void noTrace(Outcome o) {
    assertFalse(o.err().contains("\tat ") || o.err().contains("Exception:"), o.err());
  }

  @Test
  void aMissingModuleExitsTwoWithASentence() {
    Outcome o = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "node:no/such/provider.mjs", "--reports", tmp.toString());
    assertEquals(Main.BAD_INPUT, o.code());
    assertTrue(o.err().contains("the node provider module no/such/provider.mjs does not exist"),
        o.err());
    noTrace(o);
  }

  @Test
  void aModuleWithASyntaxErrorExitsTwoBeforeAnyScenario() {
    assumeNode();
    Outcome o = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "node:src/test/resources/external/syntax-error.mjs", "--reports", tmp.toString());
    assertEquals(Main.BAD_INPUT, o.code());
    assertTrue(o.err().contains("cannot be loaded") && o.err().contains("SyntaxError"), o.err());
    assertFalse(o.out().contains("relaunch-without-idle"), "no scenario ran: " + o.out());
    noTrace(o);
  }

  @Test
  void aJsProviderRunsLikeAJavaOne() {
    assumeNode();
    Outcome pass = lapse("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
        "node:examples/js/naive-provider.mjs", "--reports", tmp.toString());
    assertEquals(0, pass.code(), pass.err() + pass.out());
    assertTrue(pass.out().contains("node:examples/js/naive-provider.mjs")
        && pass.out().contains("PASS"), pass.out());
    Outcome fail = lapse("run", "scenarios/01-relaunch-after-idle.yaml", "--provider",
        "node:examples/js/naive-provider.mjs", "--reports", tmp.toString());
    assertEquals(1, fail.code(), fail.err());
    assertTrue(fail.out().contains("no-expired-token at +3h00m00s"), fail.out());
    assertTrue(Files.exists(tmp.resolve("index.html")));
  }
}
