package dev.lapse.internal.report;

import dev.lapse.internal.report.Timeline.Spot;

/**
 * The first violation on a timeline: a red line through every lane at its moment (so one can
 * read which tokens and credentials were alive then), a ring around its request's mark, and
 * a caption under the drawing. The sentence explaining it sits next to the drawing, in HTML.
 */
final class SpotDrawing {
  private final Svg svg;

  SpotDrawing(Svg svg) {
    this.svg = svg;
  }

  /**
   * @param mark centre of the violating mark, or null if it has none on this drawing
   * @param at   where the drawing puts it: when the request was judged, which is later than
   *     the violation's own time (when it was sent) under modelled latency
   */
  void draw(Spot spot, double x, double[] mark, double top, double bottom, double width,
      String at) {
    svg.open("g", "class", "spot", "data-check", spot.violation().check(),
        "data-request", spot.violation().request());
    svg.title("first violation: " + spot.violation().message());
    svg.empty("line", "class", "vline", "x1", x, "y1", top - 6, "x2", x, "y2", bottom + 4);
    if (mark != null) {
      svg.empty("circle", "class", "vring", "cx", mark[0], "cy", mark[1], "r", 11.0);
      svg.empty("circle", "class", "vring2", "cx", mark[0], "cy", mark[1], "r", 16.0);
    }
    String said = spot.violation().at();
    String caption = "first violation  " + said + (said.equals(at) ? "" : " (judged " + at + ")")
        + "  " + spot.violation().check();
    double w = caption.length() * 6.4;
    String anchor = x - w / 2 < 8 ? "start" : x + w / 2 > width - 8 ? "end" : "middle";
    double tx = anchor.equals("start") ? Math.max(4, x - 6) : anchor.equals("end") ? x + 6 : x;
    svg.text("vcap", tx, bottom + 19, anchor, caption);
    svg.close("g");
  }
}
