package dev.lapse.internal.report;

import dev.lapse.internal.report.Timeline.Bar;
import dev.lapse.internal.report.Timeline.Flag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Draws span lanes: bars packed into as few rows as they fit (a bar shares a row with the
 * bars that ended before it began), each with its label, its hover text and the ticks of the
 * requests that presented it. Uses after expiry are red ticks joined to the bar's end by a
 * dashed red line: the picture of a provider holding on to a dead token.
 */
final class BarDrawing {
  static final double BAR_HEIGHT = 12;
  static final double CHAR_WIDTH = 6.2;

  private final TimeAxis axis;
  private final Instant end;

  BarDrawing(TimeAxis axis, Instant end) {
    this.axis = axis;
    this.end = end;
  }

  /** Rows of bars, packed greedily in order of issue. */
  List<List<Bar>> pack(List<Bar> bars) {
    List<List<Bar>> rows = new ArrayList<>();
    List<Double> rowEnds = new ArrayList<>();
    for (Bar bar : bars) {
      double from = axis.x(bar.from());
      double to = extent(bar);
      int row = 0;
      while (row < rows.size() && rowEnds.get(row) + 4 > from) {
        row++;
      }
      if (row == rows.size()) {
        rows.add(new ArrayList<>());
        rowEnds.add(0.0);
      }
      rows.get(row).add(bar);
      rowEnds.set(row, to);
    }
    return rows;
  }

  /** Right edge of a bar with its late uses and, if it does not fit inside, its label. */
  private double extent(Bar bar) {
    double right = x1(bar);
    for (Instant late : bar.lateUses()) {
      right = Math.max(right, axis.x(late));
    }
    double label = bar.label().length() * CHAR_WIDTH + 8;
    return x1(bar) - axis.x(bar.from()) >= label ? right : Math.max(right, x1(bar) + label);
  }

  private double x1(Bar bar) {
    return axis.x(bar.to() == null || bar.to().isAfter(end) ? end : bar.to());
  }

  /**
   * One row of bars whose vertical centre is {@code mid}, offset by {@code left} pixels. Labels
   * go to their own layer, drawn above the idle breaks, so a break never cuts a label.
   */
  void row(Svg svg, Svg labels, List<Bar> bars, double left, double mid) {
    double top = mid - BAR_HEIGHT / 2;
    for (Bar bar : bars) {
      double x0 = left + axis.x(bar.from());
      double x1 = left + x1(bar);
      boolean open = bar.to() == null || bar.to().isAfter(end);
      svg.open("g", "class", "bar " + bar.css() + (open ? " open" : ""));
      svg.title(bar.title());
      svg.empty("rect", "x", x0, "y", top, "width", Math.max(2.0, x1 - x0), "height",
          BAR_HEIGHT, "rx", 3.0);
      double labelWidth = bar.label().length() * CHAR_WIDTH;
      if (x1 - x0 >= labelWidth + 8) {
        labels.text("bl " + bar.css(), x0 + 4, mid + 4, "start", bar.label());
      } else if (x1 + 4 + labelWidth <= left + axis.width() + 20) {
        labels.text("bl out", x1 + 4, mid + 4, "start", bar.label());
      } else { // no room after the bar's end: put the label before its start
        labels.text("bl out", x0 - 4, mid + 4, "end", bar.label());
      }
      ticks(svg, bar.uses(), left, top, "use");
      if (!bar.lateUses().isEmpty()) {
        double last = left + bar.lateUses().stream().mapToDouble(axis::x).max().orElse(x1);
        svg.empty("line", "class", "late-line", "x1", x1, "y1", mid, "x2", last, "y2", mid);
        ticks(svg, bar.lateUses(), left, top - 3, "late");
      }
      svg.close("g");
    }
  }

  /** All ticks of a bar in one path, at most one per two pixels: 10,000 uses stay small. */
  private void ticks(Svg svg, List<Instant> times, double left, double top, String css) {
    if (times.isEmpty()) {
      return;
    }
    TreeSet<Long> columns = new TreeSet<>(); // every other pixel: dense uses read as a hatch
    for (Instant t : times) {
      columns.add(Math.round((left + axis.x(t)) / 2) * 2);
    }
    double height = css.equals("late") ? BAR_HEIGHT + 6 : BAR_HEIGHT;
    StringBuilder d = new StringBuilder();
    for (long x : columns) {
      d.append('M').append(x).append(' ').append(Text.num(top)).append('v')
          .append(Text.num(height));
    }
    svg.empty("path", "class", css, "d", d.toString());
  }

  /** Moments on the lifecycle lane: a thin line through the lane and a small badge. */
  void flags(Svg svg, List<Flag> flags, double left, double mid) {
    for (Flag f : flags) {
      double x = left + axis.x(f.at());
      svg.open("g", "class", "flag " + f.css());
      svg.title(f.title());
      svg.empty("line", "x1", x, "y1", mid - 10, "x2", x, "y2", mid + 10);
      svg.empty("circle", "cx", x, "cy", mid - 10, "r", 5.5);
      svg.text("fl", x, mid - 7, "middle", f.label().substring(0, 1));
      svg.close("g");
    }
  }
}
