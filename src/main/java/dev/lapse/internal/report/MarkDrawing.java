package dev.lapse.internal.report;

import dev.lapse.internal.report.MarkClusters.Cluster;
import dev.lapse.internal.report.Timeline.Mark;
import dev.lapse.internal.report.Timeline.Spot;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Draws one row of request marks, clustered where they would overlap. Glyphs are shared
 * {@code <use>} references to the page's symbol sheet, which keeps each mark to one short
 * element. A request judged later than it was sent (modelled latency) gets a tail back to the
 * moment it left.
 */
final class MarkDrawing {
  static final double COUNT_ROOM = 26;

  private final TimeAxis axis;
  private final Instant start;

  MarkDrawing(TimeAxis axis, Instant start) {
    this.axis = axis;
    this.start = start;
  }

  /** A count goes right of its mark, where it fits only when the row is not crowded there. */
  private static boolean roomForCount(TreeSet<Double> xs, double x) {
    Double right = xs.higher(x);
    return right == null || right - x >= COUNT_ROOM;
  }

  /** @return the centre of the mark holding the spot's mark, or null if it is not here */
  double[] row(Svg svg, List<Mark> marks, double left, double mid, Spot spot) {
    String highlighted = spot == null ? null : spot.markId();
    double[] found = null;
    List<Cluster> clusters = MarkClusters.of(marks, axis);
    TreeSet<Double> xs = new TreeSet<>();
    clusters.forEach(c -> xs.add(c.x()));
    for (Cluster c : clusters) {
      double x = left + c.x();
      Instant first = c.members().get(0).at();
      Instant last = c.members().get(c.members().size() - 1).at();
      Instant sent = c.members().stream().map(Mark::sent).min(Instant::compareTo).orElse(first);
      boolean hasSpot = highlighted != null && c.contains(highlighted);
      int n = c.members().size();
      svg.open("g", "class", "m " + c.kind().css + (n > 1 ? " agg" : "") + (hasSpot ? " vmark" : ""),
          "data-n", n > 1 ? n : null);
      svg.title(MarkClusters.title(c, Text.offset(start, first), Text.offset(start, last),
          highlighted));
      double tail = x - (left + axis.x(sent));
      if (tail >= 3) {
        svg.empty("line", "class", "tail", "x1", x - tail, "y1", mid, "x2", x, "y2", mid);
        svg.empty("line", "class", "tail", "x1", x - tail, "y1", mid - 3, "x2", x - tail,
            "y2", mid + 3);
      }
      svg.empty("use", "href", "#g-" + c.kind().css, "x", x, "y", mid);
      if (n > 1 && roomForCount(xs, c.x())) {
        double off = hasSpot ? 12 : 6; // clear of the violation ring
        svg.text("cnt", x + off, mid - off + 1, "start",
            n > 999 ? (n / 1000) + "k" : String.valueOf(n));
      }
      svg.close("g");
      if (hasSpot) {
        found = new double[] {x, mid};
      }
    }
    return found;
  }
}
