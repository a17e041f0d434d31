package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** How a lapse process a test started ended: its exit code and all it said on stderr. */
record Ended(int code, String err) {
  /** Reads stderr to its end, then waits (a generous while: the JVM starts cold) for the exit. */
  static Ended of(Process p) throws Exception {
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), err);
    return new Ended(p.exitValue(), err);
  }
}
