package dev.lapse.internal.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Virtual time to pixels, readable from milliseconds to days. Moments when something happens
 * (a request, a launch, an expiry) are grouped into segments of activity, which share one
 * linear scale; a stretch with nothing in it that is long for this run (10 minutes, or a
 * fifth of a short run but at least a minute) becomes a fixed-width break, labelled with its
 * length. A 3-hour idle between two bursts of milliseconds thus costs 44 pixels, and the
 * bursts stay legible.
 */
final class TimeAxis {
  static final Duration LONG_IDLE = Duration.ofMinutes(10);
  static final Duration SHORT_IDLE = Duration.ofMinutes(1);
  static final double GAP_WIDTH = 44;
  static final double SEGMENT_PAD = 14;
  static final double MIN_SEGMENT = 84;
  static final double MAX_MIN_SEGMENT = 220;

  /** A stretch of the axis: a segment with a linear scale, or a compressed break. */
  record Piece(Instant from, Instant to, double x, double width, boolean gap) {
    Duration length() {
      return Duration.between(from, to);
    }
  }

  private final List<Piece> pieces = new ArrayList<>();
  private final double nanosToPx;
  private final double width;

  /** @param events moments to keep legible; those outside [start, end] are ignored */
  TimeAxis(Instant start, Instant end, Iterable<Instant> events, double plotWidth) {
    TreeSet<Instant> moments = new TreeSet<>(List.of(start, end));
    for (Instant t : events) {
      if (t != null && !t.isBefore(start) && !t.isAfter(end)) {
        moments.add(t);
      }
    }
    Duration threshold = threshold(Duration.between(start, end));
    List<Instant[]> segments = new ArrayList<>();
    Instant segStart = start;
    Instant previous = start;
    for (Instant t : moments) {
      if (Duration.between(previous, t).compareTo(threshold) > 0) {
        segments.add(new Instant[] {segStart, previous});
        segStart = t;
      }
      previous = t;
    }
    segments.add(new Instant[] {segStart, end});
    double minSegment = Math.max(MIN_SEGMENT, Math.min(MAX_MIN_SEGMENT,
        plotWidth / (segments.size() * 1.6)));
    this.nanosToPx = scale(segments, plotWidth - (segments.size() - 1) * GAP_WIDTH, minSegment);
    double x = 0;
    for (int i = 0; i < segments.size(); i++) {
      Instant[] s = segments.get(i);
      if (i > 0) {
        Instant gapFrom = segments.get(i - 1)[1];
        pieces.add(new Piece(gapFrom, s[0], x, GAP_WIDTH, true));
        x += GAP_WIDTH;
      }
      double w = Math.max(minSegment,
          2 * SEGMENT_PAD + Duration.between(s[0], s[1]).toNanos() * nanosToPx);
      pieces.add(new Piece(s[0], s[1], x, w, false));
      x += w;
    }
    this.width = x;
  }

  /**
   * The one linear scale that makes the segments fill {@code room}: segments too short to
   * reach the minimum width take the minimum, and the rest share what is left. A few rounds
   * settle which is which.
   */
  private static double scale(List<Instant[]> segments, double room, double minSegment) {
    double scale = 0;
    for (int round = 0; round < 6; round++) {
      double fixed = 0;
      long linearNanos = 0;
      for (Instant[] s : segments) {
        long nanos = Duration.between(s[0], s[1]).toNanos();
        if (2 * SEGMENT_PAD + nanos * scale <= minSegment && round > 0) {
          fixed += minSegment;
        } else {
          fixed += 2 * SEGMENT_PAD;
          linearNanos += nanos;
        }
      }
      if (linearNanos == 0) {
        return scale; // every segment sits at the minimum width: keep the last scale
      }
      double next = Math.max(room - fixed, 40.0 * segments.size()) / linearNanos;
      if (next == scale) {
        break;
      }
      scale = next;
    }
    return scale;
  }

  static Duration threshold(Duration total) {
    Duration fifth = total.dividedBy(5);
    if (fifth.compareTo(LONG_IDLE) >= 0) {
      return LONG_IDLE;
    }
    return fifth.compareTo(SHORT_IDLE) > 0 ? fifth : SHORT_IDLE;
  }

  List<Piece> pieces() {
    return pieces;
  }

  double width() {
    return width;
  }

  /** Pixels per nanosecond of virtual time inside segments. */
  double scale() {
    return nanosToPx;
  }

  /** The x of an instant; instants before or after the run sit at the edges. */
  double x(Instant t) {
    Piece first = pieces.get(0);
    if (t.isBefore(first.from())) {
      return 0;
    }
    for (Piece p : pieces) {
      // A break's ends belong to the segments beside it, which draw them with their padding.
      if (p.gap() ? t.isBefore(p.to()) : !t.isAfter(p.to())) {
        long into = Duration.between(p.from(), t).toNanos();
        if (p.gap()) {
          return p.x() + p.width() * ((double) into / Math.max(1, p.length().toNanos()));
        }
        double content = p.length().toNanos() * nanosToPx;
        return p.x() + (p.width() - content) / 2 + into * nanosToPx;
      }
    }
    return width;
  }
}
