package dev.lapse.internal.report;

import dev.lapse.run.RunResult;
import java.util.Optional;

/**
 * The table at the top of the page: one row per scenario, one column per provider, a green
 * PASS or red FAIL cell linking to that run's timeline, and per provider the count passed.
 */
final class SummaryMatrix {
  private SummaryMatrix() {}

  static void write(ResultGrid grid, StringBuilder out) {
    Svg h = new Svg(out);
    out.append("<table class=\"matrix\"><thead><tr><th>scenario</th>");
    for (String provider : grid.providers()) {
      h.element("th", provider, "scope", "col");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (String scenario : grid.scenarios()) {
      out.append("<tr><th scope=\"row\">");
      h.element("a", scenario, "href", "#sc-" + Text.slug(scenario));
      out.append("</th>");
      for (String provider : grid.providers()) {
        cell(h, grid.cell(scenario, provider), out);
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n<tfoot><tr><th>passed</th>");
    for (String provider : grid.providers()) {
      long runs = grid.runsFor(provider).size();
      long passed = grid.runsFor(provider).stream().filter(r -> r.result().passed()).count();
      h.element("td", passed + " / " + runs);
    }
    out.append("</tr></tfoot></table>\n");
  }

  private static void cell(Svg h, Optional<ResultGrid.Run> run, StringBuilder out) {
    if (run.isEmpty()) {
      out.append("<td class=\"cell none\">–</td>");
      return;
    }
    RunResult r = run.get().result();
    int n = r.violations().size();
    if (r.isInconclusive()) {
      h.open("td", "class", "cell inconclusive", "title", Text.shorten(r.inconclusive(), 300));
      h.element("a", "INCONCLUSIVE", "href", "#" + run.get().anchor());
      h.close("td");
      return;
    }
    String tip = r.passed() ? "all checks held"
        : n + (n == 1 ? " violation; first: " : " violations; first: ")
            + Text.shorten(r.violations().get(0).message(), 300);
    h.open("td", "class", "cell " + (r.passed() ? "pass" : "fail"), "title", tip);
    h.element("a", r.passed() ? "PASS" : "FAIL · " + n, "href", "#" + run.get().anchor());
    h.close("td");
  }
}
