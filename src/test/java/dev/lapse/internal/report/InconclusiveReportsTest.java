package dev.lapse.internal.report;

import static dev.lapse.internal.report.ParsedPage.XHTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A run that could not be judged is its own word everywhere a verdict is shown: neither a
 * pass nor a failure in the console table, the HTML matrix, the JSON and the JUnit XML.
 */
class InconclusiveReportsTest {
  private static final String REASON = "could not judge: step 1 (launch) was cut off after 10s";

  @TempDir
  Path dir;

  private final List<RunResult> runs = new ArrayList<>();
  private Path index;

  @BeforeEach
  void write() {
    runs.add(Samples.relaunchAfterIdle("seed-naive", true));
    runs.add(Samples.inconclusive("seed-naive"));
    index = Reports.write(dir, runs);
  }

  @Test
  void theConsoleTableSaysInconclusiveAndWhy() {
    List<String> lines = Reports.consoleTable(runs, index).lines().toList();
    assertEquals("cut-off-twice        INCONCLUSIVE", lines.get(2).stripTrailing());
    assertEquals("0 passed, 1 failed, 1 inconclusive", lines.get(4));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  cut-off-twice / seed-naive: "
        + "INCONCLUSIVE: " + REASON)), lines.toString());
  }

  @Test
  void theHtmlMatrixHasAnInconclusiveCellAndTheRunSaysWhy() throws Exception {
    ParsedPage page = new ParsedPage(index);
    List<Element> cells = page.find(XHTML, "td", "inconclusive");
    assertEquals(1, cells.size());
    assertEquals("INCONCLUSIVE", cells.get(0).getTextContent());
    assertTrue(cells.get(0).getAttribute("title").startsWith(REASON),
        cells.get(0).getAttribute("title"));
    assertEquals(1, page.find(XHTML, "td", "fail").size());
    assertEquals(0, page.find(XHTML, "td", "pass").size());
    String html = Files.readString(index);
    assertTrue(html.contains("id=\"total-inconclusive\">1 inconclusive</span>"), html);
    assertTrue(html.contains("Could not judge: " + REASON), html);
  }

  @Test
  void theJsonOutcomeIsInconclusiveWithTheReasonAndTheThreadDump() throws Exception {
    JsonNode json = new ObjectMapper().readTree(
        dir.resolve("json/seed-naive/cut-off-twice.json").toFile());
    assertEquals("inconclusive", json.get("outcome").asText());
    assertEquals(false, json.get("passed").asBoolean());
    assertTrue(json.get("inconclusive").asText().startsWith(REASON), json.toString());
    assertTrue(json.get("threadDump").asText().contains("Unsafe.park"), json.toString());
    assertEquals(0, json.get("violations").size());
  }

  @Test
  void theJunitXmlCountsItAsAnErrorOfTypeInconclusive() throws Exception {
    Element suite = JunitReportTest.parse(dir.resolve("junit/TEST-lapse-seed-naive.xml"))
        .getDocumentElement();
    assertEquals("1", suite.getAttribute("errors"));
    assertEquals("1", suite.getAttribute("failures"));
    Element error = (Element) suite.getElementsByTagName("error").item(0);
    assertEquals("inconclusive", error.getAttribute("type"));
    assertTrue(error.getAttribute("message").startsWith("INCONCLUSIVE: " + REASON),
        error.getAttribute("message"));
    assertTrue(error.getTextContent().contains("Unsafe.park"), error.getTextContent());
    assertEquals("cut-off-twice", ((Element) error.getParentNode()).getAttribute("name"));
  }
}
