package dev.lapse.internal.report;

import dev.lapse.internal.report.Timeline.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups marks of one kind that would overlap on screen (closer than {@value #MERGE_PX}
 * pixels) into one mark with a count. A burst of ten threads, or 10,000 requests in an hour,
 * becomes a few hundred marks at most per row, whatever the journal's length.
 */
final class MarkClusters {
  static final double MERGE_PX = 9;

  /** Marks drawn as one, at {@code x}; {@code members} in time order. */
  record Cluster(double x, MarkKind kind, List<Mark> members) {
    boolean contains(String markId) {
      return members.stream().anyMatch(m -> m.id().equals(markId));
    }
  }

  private MarkClusters() {}

  /** Clusters in drawing order: kinds that matter most last, so they are drawn on top. */
  static List<Cluster> of(List<Mark> marks, TimeAxis axis) {
    Map<MarkKind, List<Mark>> byKind = new EnumMap<>(MarkKind.class);
    for (Mark m : marks) {
      byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
    }
    List<Cluster> out = new ArrayList<>();
    for (MarkKind kind : List.of(MarkKind.OK, MarkKind.FAULT, MarkKind.ERROR, MarkKind.EXPIRED)) {
      List<Mark> sorted = new ArrayList<>(byKind.getOrDefault(kind, List.of()));
      sorted.sort(Comparator.comparing(Mark::at).thenComparing(Mark::id));
      List<Mark> current = new ArrayList<>();
      double firstX = 0;
      double lastX = 0;
      for (Mark m : sorted) {
        double x = axis.x(m.at());
        if (!current.isEmpty() && x - firstX >= MERGE_PX) {
          out.add(new Cluster((firstX + lastX) / 2, kind, current));
          current = new ArrayList<>();
        }
        if (current.isEmpty()) {
          firstX = x;
        }
        current.add(m);
        lastX = x;
      }
      if (!current.isEmpty()) {
        out.add(new Cluster((firstX + lastX) / 2, kind, current));
      }
    }
    return out;
  }

  /** Hover text for a cluster: its span, what it held, and the first few requests. */
  static String title(Cluster c, String start, String end, String highlighted) {
    if (c.members().size() == 1) {
      return c.members().get(0).title();
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (Mark m : c.members()) {
      counts.merge(m.summary(), 1, Integer::sum);
    }
    StringBuilder t = new StringBuilder();
    t.append(c.members().size()).append(" requests, ").append(c.kind().legend)
        .append(start.equals(end) ? ", at " + start : ", from " + start + " to " + end);
    t.append('\n');
    counts.forEach((what, n) -> t.append(n).append(" x ").append(what).append("  "));
    for (Mark m : c.members()) {
      if (m.id().equals(highlighted)) {
        t.append("\n\nfirst violation:\n").append(m.title());
      }
    }
    int shown = Math.min(5, c.members().size());
    t.append('\n');
    for (int i = 0; i < shown; i++) {
      t.append('\n').append(c.members().get(i).title().lines().findFirst().orElse(""));
    }
    if (c.members().size() > shown) {
      t.append("\n... and ").append(c.members().size() - shown).append(" more");
    }
    return t.toString().replace("  \n", "\n").strip();
  }
}
