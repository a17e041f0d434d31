package dev.lapse.internal.report;

import dev.lapse.internal.report.Timeline.Bar;
import dev.lapse.internal.report.Timeline.Mark;
import dev.lapse.internal.report.Timeline.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Timeline} as one inline SVG: a time axis on top, then lanes for the app's
 * lifecycle, the conditions (skew, latency, faults), login tokens, credentials and requests,
 * with compressed idle breaks cut through all of them and the first violation marked by a red
 * line, a ring around its mark and a caption underneath.
 */
final class TimelineSvg {
  static final double GUTTER = 104;
  static final double ROW = 26;
  static final double TOP = 38;
  static final double GROUP_GAP = 6;
  static final double FOOT = 30;
  static final double PLOT_WIDTH = 1060;

  private final Timeline t;
  private final TimeAxis axis;
  private final BarDrawing bars;
  // Layers, bottom to top: bands, grid, bars, idle breaks, bar labels, marks.
  private final StringBuilder bandLayer = new StringBuilder();
  private final StringBuilder barLayer = new StringBuilder();
  private final StringBuilder labelLayer = new StringBuilder();
  private final StringBuilder markLayer = new StringBuilder();
  private final Svg bandSvg = new Svg(bandLayer);
  private final Svg barSvg = new Svg(barLayer);
  private final Svg labelSvg = new Svg(labelLayer);
  private final Svg markSvg = new Svg(markLayer);
  private double y = TOP;
  private double[] spotMark;
  private int band;

  private TimelineSvg(Timeline t) {
    this.t = t;
    this.axis = new TimeAxis(t.start(), t.end(), moments(t), PLOT_WIDTH);
    this.bars = new BarDrawing(axis, t.end());
  }

  /** Appends the drawing; {@code label} is its accessible name. */
  static void draw(Timeline t, String label, StringBuilder out) {
    TimelineSvg drawing = new TimelineSvg(t);
    drawing.lanes();
    drawing.write(label, new Svg(out));
  }

  private void write(String label, Svg svg) {
    double bottom = y;
    double width = GUTTER + axis.width() + 24;
    double height = bottom + (t.spot() == null ? 8 : FOOT);
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "timeline",
        "width", width, "height", height, "viewBox", "0 0 " + Text.num(width) + " "
            + Text.num(height), "role", "img", "aria-label", label);
    svg.raw(bandLayer.toString());
    AxisDrawing axisDrawing = new AxisDrawing(axis, t.start(), svg, GUTTER, TOP, bottom);
    axisDrawing.grid();
    svg.raw(barLayer.toString());
    axisDrawing.gaps();
    svg.raw(labelLayer.toString());
    svg.raw(markLayer.toString());
    if (t.spot() != null) {
      new SpotDrawing(svg).draw(t.spot(), GUTTER + axis.x(t.spot().at()), spotMark, TOP,
          bottom, width, Text.offset(t.start(), t.spot().at()));
    }
    svg.close("svg");
  }

  private void lanes() {
    group("app", 1);
    bars.row(barSvg, labelSvg, t.lifecycle(), GUTTER, mid(0));
    bars.flags(barSvg, t.events(), GUTTER, mid(0));
    y += ROW + GROUP_GAP;
    barGroup("conditions", t.conditions());
    barGroup("login tokens", t.tokens());
    barGroup("credentials", t.credentials());
    MarkDrawing marks = new MarkDrawing(axis, t.start());
    for (Row row : t.requests()) {
      group(row.label(), 1);
      double[] at = marks.row(markSvg, row.marks(), GUTTER, mid(0), t.spot());
      spotMark = at == null ? spotMark : at;
      y += ROW;
    }
  }

  private void barGroup(String label, List<Bar> all) {
    if (all.isEmpty()) {
      return;
    }
    List<List<Bar>> rows = bars.pack(all);
    group(label, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      bars.row(barSvg, labelSvg, rows.get(i), GUTTER, mid(i));
    }
    y += rows.size() * ROW + GROUP_GAP;
  }

  /** A shaded band behind a lane group, with its name in the gutter. */
  private void group(String label, int rows) {
    bandSvg.empty("rect", "class", "band" + (band++ % 2), "x", 0.0, "y", y,
        "width", GUTTER + axis.width() + 24, "height", rows * ROW);
    bandSvg.text("lane", GUTTER - 10, mid(0) + 4, "end", label);
  }

  private double mid(int row) {
    return y + row * ROW + ROW / 2;
  }

  /** The moments the axis must keep legible. */
  private static List<Instant> moments(Timeline t) {
    List<Instant> out = new ArrayList<>();
    for (List<Bar> lane : List.of(t.lifecycle(), t.conditions(), t.tokens(), t.credentials())) {
      for (Bar b : lane) {
        out.add(b.from());
        out.add(b.to());
      }
    }
    t.events().forEach(f -> out.add(f.at()));
    for (Row row : t.requests()) {
      for (Mark m : row.marks()) {
        out.add(m.sent());
        out.add(m.at());
      }
    }
    if (t.spot() != null) {
      out.add(t.spot().at());
    }
    return out;
  }
}
