package dev.lapse.cli;

import dev.lapse.run.RunResult;
import java.util.List;

/** The console table: one row per scenario and provider, PASS or FAIL and the first violation. */
final class ResultTable {
  private ResultTable() {}

  static String render(List<RunResult> results) {
    StringBuilder sb = new StringBuilder();
    int w = results.stream().mapToInt(r -> r.scenario().name().length()).max().orElse(8);
    int p = results.stream().mapToInt(r -> r.provider().length()).max().orElse(8);
    String fmt = "%-" + w + "s  %-" + p + "s  %-4s  %s%n";
    sb.append(String.format(fmt, "scenario", "provider", "", "first violation"));
    for (RunResult r : results) {
      sb.append(String.format(fmt, r.scenario().name(), r.provider(), r.passed() ? "PASS" : "FAIL",
          r.firstViolation().map(v -> v.message()).orElse("")));
    }
    return sb.toString();
  }
}
