package dev.lapse.clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one sanctioned door to real time, for the few places that must face it: {@code serve}
 * starting its virtual clock where the client's wall clock is (clients sign with wall time) and,
 * with {@code --clock follow}, running with it; and the CLI reporting how long a run took. Nothing that judges a token may use it.
 */
public final class WallClock {
  private WallClock() {}

  /** The machine's time, to the second. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * How far {@code clock} stands from the machine's time, to the second. The AWS SDK signs
   * with {@code Clock.offset(systemUTC, -offset)} after it corrects for skew; this reads that
   * offset back so the device can apply it to its own clock.
   */
  public static java.time.Duration offsetOf(java.time.Clock clock) {
    long millis = clock.millis() - System.currentTimeMillis();
    return java.time.Duration.ofSeconds(Math.round(millis / 1000.0));
  }

  /** The machine's clock as a {@link java.time.Clock}, for a virtual clock that follows it. */
  public static java.time.Clock clock() {
    return java.time.Clock.systemUTC();
  }

  /** A monotonic reading in nanoseconds, for measuring how long real work took. */
  public static long nanos() {
    return System.nanoTime();
  }
}
