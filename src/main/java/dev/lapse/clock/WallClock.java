package dev.lapse.clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one sanctioned door to real time, for the few places that must face it: {@code serve}
 * starting its virtual clock where the client's wall clock is (clients sign with wall time),
 * and the CLI reporting how long a run took. Nothing that judges a token may use it.
 */
public final class WallClock {
  private WallClock() {}

  /** The machine's time, to the second. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** A monotonic reading in nanoseconds, for measuring how long real work took. */
  public static long nanos() {
    return System.nanoTime();
  }
}
