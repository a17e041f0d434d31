package dev.lapse.vocabulary;

import java.time.Duration;
import java.time.Instant;

/**
 * The instants virtual time may take, defined once for the rooms that need them: the clock
 * (which refuses instants outside them) and the scenario model (which refuses scenarios whose
 * waits would leave them). Years 0001 to 9999 are what every wire format Lapse speaks can
 * write (an HTTP {@code Date}, an {@code X-Amz-Date}, ISO-8601 with four-digit years).
 */
public final class VirtualTimeSpan {
  /** The earliest instant virtual time may take. */
  public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant virtual time may take. */
  public static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");
  /** Where every scenario run's clock starts. */
  public static final Instant RUN_START = Instant.parse("2026-01-01T00:00:00Z");

  private VirtualTimeSpan() {}

  /** The most virtual time one run may pass: from {@link #RUN_START} to {@link #LAST}. */
  public static Duration longestRun() {
    return Duration.between(RUN_START, LAST);
  }
}
