package dev.lapse.run;

import dev.lapse.clock.WallClock;
import dev.lapse.vocabulary.Durations;
import java.time.Duration;

/**
 * The real time a suite may still take ({@code --time-budget}), shared by its runs: checked
 * before each run, before each step, and as a ceiling on every wait for provider code, so that
 * one long run cannot overrun it (it was once checked only between runs).
 */
final class RealTimeBudget {
  static final RealTimeBudget NONE = new RealTimeBudget(null, 0);

  private final Duration total;
  private final long deadline;

  private RealTimeBudget(Duration total, long deadline) {
    this.total = total;
    this.deadline = deadline;
  }

  /** From now, {@code total} long; {@link #NONE} for null. */
  static RealTimeBudget of(Duration total) {
    return total == null ? NONE : new RealTimeBudget(total, WallClock.nanos() + total.toNanos());
  }

  boolean spent() {
    return total != null && WallClock.nanos() - deadline >= 0;
  }

  /** What is left (zero once spent), or null for no budget: the device's step ceiling. */
  Duration left() {
    return total == null ? null : Duration.ofNanos(Math.max(0, deadline - WallClock.nanos()));
  }

  /** {@code the real-time budget of 30m (--time-budget) was spent}. */
  String spentSentence() {
    return "the real-time budget of " + Durations.format(total) + " (--time-budget) was spent";
  }
}
