package dev.lapse.internal.report;

import static dev.lapse.internal.report.ParsedPage.SVG;
import static dev.lapse.internal.report.ParsedPage.XHTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class HtmlReportTest {
  @TempDir
  Path dir;

  private List<RunResult> suite;
  private ParsedPage page;
  private String html;

  @BeforeEach
  void write() throws Exception {
    suite = Samples.suite();
    Path index = Reports.write(dir, suite);
    assertEquals(dir.resolve("index.html"), index);
    html = Files.readString(index);
    page = new ParsedPage(index); // parses as XML: the page and its SVGs are well-formed
  }

  @Test
  void theMatrixHasACellPerRunLinkingToItsTimeline() {
    List<Element> pass = page.find(XHTML, "td", "pass");
    List<Element> fail = page.find(XHTML, "td", "fail");
    assertEquals(5, pass.size());
    assertEquals(2, fail.size());
    assertEquals(1, page.find(XHTML, "td", "none").size()); // broken-relaunch x refreshing
    Element link = (Element) fail.get(0).getElementsByTagNameNS(XHTML, "a").item(0);
    assertEquals("#run-relaunch-after-idle--seed-naive", link.getAttribute("href"));
    assertEquals("FAIL · 2", link.getTextContent());
    assertTrue(html.contains("<span class=\"pill fail\" id=\"total-fail\">2 failed</span>"));
  }

  @Test
  void everyRunHasATimelineAndFailingOnesMarkTheirFirstViolation() {
    assertEquals(suite.size(), page.find(SVG, "svg", "timeline").size());
    Element naive = page.run("run-relaunch-after-idle--seed-naive");
    assertEquals("false", naive.getAttribute("data-passed"));
    List<Element> marked = ParsedPage.find(naive, SVG, "g", "vmark");
    assertEquals(1, marked.size());
    assertTrue(marked.get(0).getAttribute("class").contains("expired"));
    String tip = ParsedPage.title(marked.get(0));
    assertTrue(tip.contains("#4 GetObject photos/cat.jpg"), tip);
    assertTrue(tip.contains("credentials ASIAFAKE000000000001"), tip);
    assertTrue(tip.contains("verdict: expired"), tip);
    assertTrue(tip.contains("400 ExpiredToken"), tip);
    assertEquals(1, ParsedPage.find(naive, SVG, "circle", "vring").size());
    Element spot = ParsedPage.find(naive, SVG, "g", "spot").get(0);
    assertEquals("no-expired-token", spot.getAttribute("data-check"));
    String callout = ParsedPage.find(naive, XHTML, "p", "callout").get(0).getTextContent();
    assertTrue(callout.contains("+3h00m00.009s") && callout.contains("expired at +1h00m00.003s"),
        callout);

    Element robust = page.run("run-relaunch-after-idle--refreshing");
    assertTrue(ParsedPage.find(robust, SVG, "g", "vmark").isEmpty());
    assertTrue(ParsedPage.find(robust, XHTML, "p", "callout").isEmpty());
  }

  @Test
  void lanesShowLifecycleTokensCredentialsAndConditions() {
    Element busy = page.run("run-busy-day--seed-naive");
    List<String> lanes = ParsedPage.find(busy, SVG, "text", "lane").stream()
        .map(Element::getTextContent).toList();
    assertEquals(List.of("app", "conditions", "login tokens", "credentials", "backend",
        "cognito", "s3", "app calls"), lanes);
    assertFalse(ParsedPage.find(busy, SVG, "g", "background").isEmpty());
    assertTrue(ParsedPage.title(ParsedPage.find(busy, SVG, "g", "skew").get(0))
        .startsWith("device clock 5m ahead"));
    assertTrue(ParsedPage.title(ParsedPage.find(busy, SVG, "g", "latency").get(0))
        .startsWith("every request takes 2s"));
    assertFalse(ParsedPage.find(busy, SVG, "g", "gap").isEmpty(), "idle breaks");
  }

  @Test
  void latencyDrawsATailFromSentToJudged() throws Exception {
    FakeRun run = new FakeRun("slow", "p");
    run.latency(java.time.Duration.ofSeconds(3)).launch()
        .get("a", () -> run.s3Get("a", run.credentials(run.login()), 0));
    Path index = Reports.write(dir.resolve("slow"), List.of(run.result()));
    Element slow = new ParsedPage(index).run("run-slow--p");
    assertEquals(6, ParsedPage.find(slow, SVG, "line", "tail").size()); // 3 requests, 2 lines each
    assertTrue(html.contains("judged +3s after latency") || Files.readString(index)
        .contains("sent +0s, judged +3s after latency"));
  }

  @Test
  void aBurstIsOneMarkWithACountAndFaultsHaveTheirOwnShape() {
    Element burst = page.run("run-burst-and-fault--seed-naive");
    List<Element> aggregated = ParsedPage.find(burst, SVG, "g", "agg");
    assertTrue(aggregated.stream().anyMatch(e -> e.getAttribute("data-n").equals("8")));
    assertFalse(ParsedPage.find(burst, SVG, "g", "fault").isEmpty());
  }

  @Test
  void aViolationWithoutARequestIsFoundByItsStep() {
    Element broken = page.run("run-broken-relaunch--seed-naive");
    assertEquals(1, ParsedPage.find(broken, SVG, "g", "vmark").size());
    assertFalse(ParsedPage.find(broken, SVG, "g", "warn").isEmpty(), "failed-step flag");
  }

  @Test
  void nothingIsFetchedFromOutside() {
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (refs.find()) {
      String ref = refs.group(1);
      assertTrue(ref.startsWith("#") || ref.startsWith("json/"), "fetches " + ref);
    }
    assertFalse(html.contains("@import") || html.contains("url(http") || html.contains("<link"));
  }

  @Test
  void theStampIsTheCallersAndOptional() throws Exception {
    assertFalse(html.contains("generated"));
    Reports.write(dir, suite, ReportOptions.none()
        .withGeneratedAt(Instant.parse("2025-04-01T10:00:00Z")));
    assertTrue(Files.readString(dir.resolve("index.html"))
        .contains("generated 2025-04-01T10:00:00Z"));
  }
}
