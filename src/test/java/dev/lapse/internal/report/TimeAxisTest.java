package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  private static List<Instant> at(Duration... offsets) {
    List<Instant> out = new ArrayList<>();
    for (Duration d : offsets) {
      out.add(T0.plus(d));
    }
    return out;
  }

  @Test
  void aBusyHalfMinuteIsOneLinearSegment() {
    List<Instant> events = at(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    TimeAxis axis = new TimeAxis(T0, T0.plusSeconds(30), events, 1000);
    assertEquals(1, axis.pieces().size());
    double a = axis.x(T0.plusSeconds(5));
    double b = axis.x(T0.plusSeconds(10));
    double c = axis.x(T0.plusSeconds(20));
    assertEquals(2 * (b - a), c - b, 0.01, "linear inside a segment");
    assertEquals(1000, axis.width(), 1);
  }

  @Test
  void threeIdleHoursBecomeOneFixedWidthBreak() {
    List<Instant> events = at(Duration.ofMillis(10), Duration.ofHours(3),
        Duration.ofHours(3).plusMillis(20));
    TimeAxis axis = new TimeAxis(T0, T0.plus(Duration.ofHours(3).plusMillis(20)), events, 1000);
    List<TimeAxis.Piece> gaps = axis.pieces().stream().filter(TimeAxis.Piece::gap).toList();
    assertEquals(1, gaps.size());
    assertEquals(TimeAxis.GAP_WIDTH, gaps.get(0).width());
    assertEquals("3h", AxisDrawing.rounded(gaps.get(0).length()));
    // Both bursts stay legible: 10 ms before the break spans pixels, not a fraction of one.
    assertTrue(axis.x(T0.plusMillis(10)) - axis.x(T0) > 100);
    assertTrue(axis.x(T0.plusMillis(10)) < gaps.get(0).x());
    assertTrue(axis.x(T0.plus(Duration.ofHours(3))) >= gaps.get(0).x() + TimeAxis.GAP_WIDTH);
  }

  @Test
  void xNeverGoesBackwards() {
    List<Instant> events = at(Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(2),
        Duration.ofHours(2).plusSeconds(5), Duration.ofDays(2));
    TimeAxis axis = new TimeAxis(T0, T0.plus(Duration.ofDays(2)), events, 1000);
    double last = -1;
    for (long s = 0; s <= Duration.ofDays(2).toSeconds(); s += 97) {
      double x = axis.x(T0.plusSeconds(s));
      assertTrue(x >= last, "x went back at " + s + "s");
      last = x;
    }
    assertEquals(0, axis.x(T0.minusSeconds(5)));
    assertEquals(axis.width(), axis.x(T0.plus(Duration.ofDays(3))));
  }

  @Test
  void everythingAtOneInstantStillDraws() {
    TimeAxis axis = new TimeAxis(T0, T0, at(Duration.ZERO, Duration.ZERO), 1000);
    assertEquals(1, axis.pieces().size());
    assertTrue(axis.width() >= TimeAxis.MIN_SEGMENT);
    assertEquals(axis.width() / 2, axis.x(T0), 0.01);
  }

  @Test
  void idleThresholdFollowsTheRunsLength() {
    assertEquals(Duration.ofMinutes(10), TimeAxis.threshold(Duration.ofDays(1)));
    assertEquals(Duration.ofMinutes(4), TimeAxis.threshold(Duration.ofMinutes(20)));
    assertEquals(Duration.ofMinutes(1), TimeAxis.threshold(Duration.ofMinutes(3)));
  }

  @Test
  void breakLengthsAreRoundedForReading() {
    assertEquals("2h45m", AxisDrawing.rounded(Duration.ofSeconds(2 * 3600 + 45 * 60 + 10)));
    assertEquals("14m30s", AxisDrawing.rounded(Duration.ofMillis(870_200)));
    assertEquals("1s500ms", AxisDrawing.rounded(Duration.ofMillis(1500)));
  }

  @Test
  void ticksAreRoundOffsetsAndSegmentStarts() {
    TimeAxis axis = new TimeAxis(T0, T0.plusSeconds(60), List.of(), 1000);
    List<AxisTicks.Tick> ticks = AxisTicks.of(axis, T0);
    assertEquals("+0s", ticks.get(0).label());
    assertTrue(ticks.get(0).segmentStart());
    assertTrue(ticks.stream().anyMatch(t -> t.label().equals("+30s")), ticks.toString());
  }
}
