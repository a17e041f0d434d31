package dev.lapse.internal.report;

import dev.lapse.run.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text summary {@code lapse run} prints: scenario x provider with PASS or FAIL, then
 * the first violation of each failed run, shortened to a line, then the link to the HTML.
 */
final class ConsoleTable {
  private static final int VIOLATION_WIDTH = 160;

  private ConsoleTable() {}

  static String of(List<RunResult> results, Path index) {
    ResultGrid grid = new ResultGrid(results);
    List<String> header = new ArrayList<>();
    header.add("scenario");
    header.addAll(grid.providers());
    List<List<String>> rows = new ArrayList<>();
    for (String scenario : grid.scenarios()) {
      List<String> row = new ArrayList<>();
      row.add(scenario);
      for (String provider : grid.providers()) {
        row.add(grid.cell(scenario, provider).map(r -> cell(r.result())).orElse("-"));
      }
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : concat(header, rows)) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    out.append('\n').append(grid.passed()).append(" passed, ")
        .append(grid.failed()).append(" failed");
    if (grid.inconclusive() > 0) {
      out.append(", ").append(grid.inconclusive()).append(" inconclusive");
    }
    out.append('\n');
    for (ResultGrid.Run run : grid.runs()) {
      if (run.result().isInconclusive()) {
        out.append("  ").append(run.scenario()).append(" / ").append(run.result().provider())
            .append(": INCONCLUSIVE: ")
            .append(Text.shorten(run.result().inconclusive(), VIOLATION_WIDTH)).append('\n');
      }
    }
    for (ResultGrid.Run run : grid.runs()) {
      run.result().firstViolation().ifPresent(v -> out.append("  ").append(run.scenario())
          .append(" / ").append(run.result().provider()).append(": ")
          .append(Text.shorten(v.message(), VIOLATION_WIDTH)).append('\n'));
    }
    return out.append("HTML report: ").append(index.toAbsolutePath().normalize().toUri())
        .append('\n').toString();
  }

  private static String cell(RunResult r) {
    int n = r.violations().size();
    if (r.isInconclusive()) {
      return "INCONCLUSIVE";
    }
    return r.passed() ? "PASS" : "FAIL (" + n + (n == 1 ? " violation)" : " violations)");
  }

  private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>(rows);
    all.add(header);
    return all;
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(String.format("%-" + (widths[i] + 2) + "s", cells.get(i)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
