package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.run.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  @TempDir
  Path dir;

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void oneSuitePerProviderOneCasePerScenario() throws Exception {
    List<RunResult> suite = Samples.suite();
    Reports.write(dir, suite);
    Document naive = parse(dir.resolve("junit/TEST-lapse-seed-naive.xml"));
    Element s = naive.getDocumentElement();
    assertEquals("testsuite", s.getTagName());
    assertEquals("lapse.seed-naive", s.getAttribute("name"));
    assertEquals("4", s.getAttribute("tests"));
    assertEquals("2", s.getAttribute("failures"));
    assertEquals("0", s.getAttribute("errors"));
    assertEquals("0", s.getAttribute("skipped"));
    assertEquals("0.000", s.getAttribute("time"));
    NodeList cases = naive.getElementsByTagName("testcase");
    assertEquals(4, cases.getLength());
    Element first = (Element) cases.item(0);
    assertEquals("relaunch-after-idle", first.getAttribute("name"));
    assertEquals("lapse.seed-naive", first.getAttribute("classname"));
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    RunResult r = suite.get(0);
    assertEquals(r.violations().get(0).message(), failure.getAttribute("message"));
    assertEquals("no-expired-token", failure.getAttribute("type"));
    for (var v : r.violations()) {
      assertTrue(failure.getTextContent().contains(v.message()), failure.getTextContent());
    }
    assertTrue(failure.getTextContent().contains("index.html#run-relaunch-after-idle--seed-naive"));

    Document refreshing = parse(dir.resolve("junit/TEST-lapse-refreshing.xml"));
    assertEquals("0", refreshing.getDocumentElement().getAttribute("failures"));
    assertEquals(0, refreshing.getElementsByTagName("failure").getLength());
  }

  @Test
  void wallTimesComeFromTheCaller() throws Exception {
    RunResult r = Samples.busyDay("p");
    Reports.write(dir, List.of(r), ReportOptions.none()
        .withWallTime("p", "busy-day", Duration.ofMillis(1234)));
    Document doc = parse(dir.resolve("junit/TEST-lapse-p.xml"));
    assertEquals("1.234", doc.getDocumentElement().getAttribute("time"));
    assertEquals("1.234", ((Element) doc.getElementsByTagName("testcase").item(0))
        .getAttribute("time"));
  }
}
