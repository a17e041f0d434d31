package dev.lapse.internal.report;

import dev.lapse.run.RunResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The results laid out as scenario x provider, in order of first appearance, each run with
 * the names it goes by in the report: its HTML anchor and its JSON file. Names are made unique
 * so that a scenario run twice for one provider (as a fuzzer may) overwrites nothing.
 */
final class ResultGrid {
  /** One run and its names in the report. */
  record Run(RunResult result, String anchor, String jsonPath) {
    String scenario() {
      return result.scenario().name();
    }
  }

  private final List<String> scenarios;
  private final List<String> providers;
  private final List<Run> runs;

  ResultGrid(List<RunResult> results) {
    Set<String> s = new LinkedHashSet<>();
    Set<String> p = new LinkedHashSet<>();
    Set<String> anchors = new HashSet<>();
    Set<String> paths = new HashSet<>();
    List<Run> all = new ArrayList<>();
    for (RunResult r : results) {
      s.add(r.scenario().name());
      p.add(r.provider());
      String anchor = unique(anchors,
          "run-" + Text.slug(r.scenario().name()) + "--" + Text.slug(r.provider()), "");
      String json = unique(paths,
          "json/" + Text.slug(r.provider()) + "/" + Text.slug(r.scenario().name()), ".json");
      all.add(new Run(r, anchor, json));
    }
    this.scenarios = List.copyOf(s);
    this.providers = List.copyOf(p);
    this.runs = List.copyOf(all);
  }

  private static String unique(Set<String> taken, String base, String suffix) {
    String name = base + suffix;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) { // case-blind file systems too
      name = base + "-" + n + suffix;
    }
    return name;
  }

  List<String> scenarios() {
    return scenarios;
  }

  List<String> providers() {
    return providers;
  }

  List<Run> runs() {
    return runs;
  }

  /** The runs of one scenario, in the order the providers first appeared. */
  List<Run> runsOf(String scenario) {
    List<Run> out = new ArrayList<>();
    for (String provider : providers) {
      for (Run run : runs) {
        if (run.scenario().equals(scenario) && run.result().provider().equals(provider)) {
          out.add(run);
        }
      }
    }
    return out;
  }

  List<Run> runsFor(String provider) {
    return runs.stream().filter(r -> r.result().provider().equals(provider)).toList();
  }

  /** The first run of this scenario for this provider, if there was one. */
  Optional<Run> cell(String scenario, String provider) {
    return runs.stream().filter(r -> r.scenario().equals(scenario)
        && r.result().provider().equals(provider)).findFirst();
  }

  long failed() {
    return runs.stream().filter(r -> r.result().failed()).count();
  }

  long inconclusive() {
    return runs.stream().filter(r -> r.result().isInconclusive()).count();
  }

  long passed() {
    return runs.stream().filter(r -> r.result().passed()).count();
  }
}
