package dev.lapse.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The whole {@code index.html}: one self-contained page (CSS and script inline, glyphs in an
 * inline symbol sheet, nothing fetched) that opens from a CI artifact on an offline machine.
 * It is written as polyglot XHTML, so an XML parser reads it as well as a browser does.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String of(ResultGrid grid, Instant generatedAt) {
    StringBuilder out = new StringBuilder(64 * 1024);
    Svg h = new Svg(out);
    long failed = grid.failed();
    int runs = grid.runs().size();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    long inconclusive = grid.inconclusive();
    h.element("title", "Lapse report: " + (failed == 0 && inconclusive == 0
        ? "all " + runs + " passed" : failed + " of " + runs + " failed"
            + (inconclusive == 0 ? "" : ", " + inconclusive + " inconclusive")));
    out.append("\n<style>/*<![CDATA[*/\n").append(resource("report.css"))
        .append("/*]]>*/</style>\n</head>\n");
    h.open("body", "data-scenarios", grid.scenarios().size(), "data-providers",
        grid.providers().size(), "data-runs", runs, "data-failed", failed);
    out.append('\n');
    Legend.symbols(out);
    header(h, grid, generatedAt);
    out.append("<div class=\"summary\"><h2 id=\"summary\">Summary</h2>\n");
    SummaryMatrix.write(grid, out);
    out.append("</div>\n");
    Legend.legend(out);
    out.append("<main>\n");
    for (String scenario : grid.scenarios()) {
      h.open("section", "class", "scenario", "id", "sc-" + Text.slug(scenario));
      h.element("h2", scenario);
      String about = grid.runsOf(scenario).get(0).result().scenario().about();
      if (!about.isBlank()) {
        h.element("p", about.strip(), "class", "about");
      }
      out.append('\n');
      for (ResultGrid.Run run : grid.runsOf(scenario)) {
        RunSection.write(run, out);
      }
      out.append("</section>\n");
    }
    out.append("</main>\n<footer>Times are offsets from each run's start on the virtual clock;"
        + " hover a mark, bar or break for details. Journals and verdicts: <code>json/</code>;"
        + " JUnit XML: <code>junit/</code>; schema: <code>schema/lapse-report.schema.json</code>."
        + "</footer>\n<div id=\"tip\" role=\"tooltip\"></div>\n");
    out.append("<script>//<![CDATA[\n").append(resource("report.js"))
        .append("//]]></script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void header(Svg h, ResultGrid grid, Instant generatedAt) {
    long failed = grid.failed();
    long passed = grid.passed();
    h.open("header", "class", "page-head");
    h.raw("<h1>Lapse <span>report</span></h1>");
    int scenarios = grid.scenarios().size();
    h.element("p", scenarios + (scenarios == 1 ? " scenario × " : " scenarios × ")
        + grid.providers().size()
        + (grid.providers().size() == 1 ? " provider" : " providers")
        + (generatedAt == null ? "" : " · generated " + generatedAt));
    h.open("div", "class", "totals");
    h.element("span", passed + " passed", "class", "pill pass", "id", "total-pass");
    h.element("span", failed + " failed", "class", "pill fail", "id", "total-fail");
    if (grid.inconclusive() > 0) {
      h.element("span", grid.inconclusive() + " inconclusive", "class", "pill inconclusive",
          "id", "total-inconclusive");
    }
    h.close("div").close("header");
    h.raw("\n");
  }

  static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/lapse/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
