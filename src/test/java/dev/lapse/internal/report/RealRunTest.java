package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.bench.BundledSuite;
import dev.lapse.run.RunResult;
import dev.lapse.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The report of a real run: the fake AWS, the bundled seed-naive and robust providers. */
class RealRunTest {
  @TempDir
  Path dir;

  @Test
  void theSeedBugIsDrawnWhereItHappened() throws Exception {
    Scenario idle = BundledSuite.scenarios().stream()
        .filter(s -> s.name().equals("relaunch-after-idle")).findFirst().orElseThrow();
    List<RunResult> results = BundledSuite.run(List.of(idle), List.of("seed-naive", "robust"));
    assertFalse(results.get(0).passed());
    assertTrue(results.get(1).passed(), () -> results.get(1).violations().toString());

    Path index = Reports.write(dir, results);
    ParsedPage page = new ParsedPage(index);
    Element naive = page.run("run-relaunch-after-idle--seed-naive");
    List<Element> marked = ParsedPage.find(naive, ParsedPage.SVG, "g", "vmark");
    assertEquals(1, marked.size());
    long seq = results.get(0).violations().get(0).request();
    assertTrue(ParsedPage.title(marked.get(0)).startsWith("#" + seq + " "),
        ParsedPage.title(marked.get(0)));
    List<String> lanes = ParsedPage.find(naive, ParsedPage.SVG, "text", "lane").stream()
        .map(Element::getTextContent).toList();
    assertTrue(lanes.containsAll(List.of("app", "login tokens", "credentials", "cognito", "s3")),
        lanes.toString());
    assertFalse(ParsedPage.find(naive, ParsedPage.SVG, "path", "late").isEmpty(),
        "a token presented after expiry");
    String table = Reports.consoleTable(results, index);
    assertTrue(table.startsWith("scenario             seed-naive           robust\n"
        + "relaunch-after-idle  FAIL (2 violations)  PASS\n"), table);
  }
}
