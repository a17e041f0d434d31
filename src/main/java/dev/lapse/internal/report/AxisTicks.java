package dev.lapse.internal.report;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the time labels go: the start of every segment, plus round offsets inside segments
 * wide enough for them (every 5 minutes, every 2 seconds, ...), at least {@value #SPACING}
 * pixels apart.
 */
final class AxisTicks {
  static final double SPACING = 90;
  private static final long[] STEPS_MS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000,
      5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000,
      3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000, 172_800_000,
      604_800_000};

  record Tick(double x, String label, boolean segmentStart) {}

  private AxisTicks() {}

  static List<Tick> of(TimeAxis axis, Instant start) {
    List<Tick> ticks = new ArrayList<>();
    Duration step = step(axis.scale());
    for (TimeAxis.Piece p : axis.pieces()) {
      if (p.gap()) {
        continue;
      }
      ticks.add(new Tick(axis.x(p.from()), label(start, p.from()), true));
      if (step == null) {
        continue;
      }
      long stepNanos = step.toNanos();
      long fromNanos = Duration.between(start, p.from()).toNanos();
      long first = (fromNanos / stepNanos + 1) * stepNanos;
      for (long n = first; n <= Duration.between(start, p.to()).toNanos(); n += stepNanos) {
        Instant t = start.plusNanos(n);
        ticks.add(new Tick(axis.x(t), label(start, t), false));
      }
    }
    return ticks;
  }

  /** The smallest round step at least SPACING pixels wide, or null if none is. */
  static Duration step(double pxPerNano) {
    if (pxPerNano <= 0) {
      return null;
    }
    for (long ms : STEPS_MS) {
      if (ms * 1_000_000.0 * pxPerNano >= SPACING) {
        return Duration.ofMillis(ms);
      }
    }
    return null;
  }

  private static String label(Instant start, Instant t) {
    return Durations.offset(Duration.between(start, t));
  }
}
