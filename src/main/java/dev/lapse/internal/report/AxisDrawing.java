package dev.lapse.internal.report;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time axis of a timeline: offset labels along the top with light grid lines under
 * them, and the compressed idle breaks as dashed-edged white columns labelled with their
 * length, laid over the bars they cut.
 */
final class AxisDrawing {
  private static final double CHAR_WIDTH = 6.0;

  private final TimeAxis axis;
  private final Instant start;
  private final Svg svg;
  private final double left;
  private final double top;
  private final double bottom;

  AxisDrawing(TimeAxis axis, Instant start, Svg svg, double left, double top, double bottom) {
    this.axis = axis;
    this.start = start;
    this.svg = svg;
    this.left = left;
    this.top = top;
    this.bottom = bottom;
  }

  /**
   * Grid lines and labels. A segment's first label starts at its line (so it never runs into
   * the break before it); round labels inside are centred; a label that would touch another,
   * or a break, is left out.
   */
  void grid() {
    List<double[]> taken = new ArrayList<>();
    taken.add(new double[] {left + axis.width() + 22, Double.MAX_VALUE}); // past the right edge
    for (TimeAxis.Piece p : axis.pieces()) {
      if (p.gap()) {
        taken.add(new double[] {left + p.x() + 3, left + p.x() + p.width() - 3});
      }
    }
    for (AxisTicks.Tick tick : AxisTicks.of(axis, start)) {
      double x = left + tick.x();
      double w = tick.label().length() * CHAR_WIDTH;
      double from = tick.segmentStart() ? segmentLabel(x, w) : x - w / 2;
      if (!free(taken, from - 2, from + w + 2)) {
        continue;
      }
      taken.add(new double[] {from, from + w});
      svg.empty("line", "class", tick.segmentStart() ? "grid seg" : "grid", "x1", x,
          "y1", top - 6, "x2", x, "y2", bottom);
      svg.text("tick", from, top - 12, "start", tick.label());
    }
  }

  /** A segment's first label starts at its line, unless that would run past the segment. */
  private double segmentLabel(double x, double w) {
    for (TimeAxis.Piece p : axis.pieces()) {
      double x0 = left + p.x();
      double x1 = x0 + p.width();
      if (!p.gap() && x >= x0 && x <= x1) {
        return w > p.width() - 2 ? (x0 + x1 - w) / 2 : Math.min(x - 3, x1 - w - 1);
      }
    }
    return x - 3;
  }

  private static boolean free(List<double[]> taken, double from, double to) {
    for (double[] span : taken) {
      if (from < span[1] && to > span[0]) {
        return false;
      }
    }
    return true;
  }

  /** The idle breaks, drawn over the bars so each bar visibly crosses a cut. */
  void gaps() {
    for (TimeAxis.Piece p : axis.pieces()) {
      if (!p.gap()) {
        continue;
      }
      double x0 = left + p.x();
      double x1 = x0 + p.width();
      String length = rounded(p.length());
      svg.open("g", "class", "gap");
      svg.title("nothing happened for " + Durations.format(p.length()) + ", from "
          + Text.offset(start, p.from()) + " to " + Text.offset(start, p.to())
          + "; drawn compressed");
      svg.empty("rect", "x", x0 + 3, "y", top - 4, "width", p.width() - 6,
          "height", bottom - top + 4);
      svg.empty("line", "x1", x0 + 3, "y1", top - 4, "x2", x0 + 3, "y2", bottom);
      svg.empty("line", "x1", x1 - 3, "y1", top - 4, "x2", x1 - 3, "y2", bottom);
      svg.text("gapl", (x0 + x1) / 2, top - 12, "middle", length);
      svg.text("gapi", (x0 + x1) / 2, top + 8, "middle", "idle");
      svg.close("g");
    }
  }

  /** Break lengths to a sensible precision: 3h, 2h45m, 14m30s, 42s, 1.5s. */
  static String rounded(Duration d) {
    if (d.compareTo(Duration.ofHours(1)) >= 0) {
      return Durations.format(Duration.ofMinutes(Math.round(d.toSeconds() / 60.0)));
    }
    if (d.compareTo(Duration.ofSeconds(10)) >= 0) {
      return Durations.format(Duration.ofSeconds(Math.round(d.toMillis() / 1000.0)));
    }
    return Durations.format(Duration.ofMillis(Math.round(d.toNanos() / 1e6)));
  }
}
