package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the report in a real browser: headless Chromium, Debian's package. */
class BrowserTest {
  @TempDir
  Path dir;

  private Path browser;

  @BeforeEach
  void needsChromium() {
    browser = HeadlessChromium.find().orElse(null);
    Assumptions.assumeTrue(browser != null, "no chromium at $CHROMIUM, /usr/bin/chromium,"
        + " /usr/bin/chromium-browser or /usr/bin/google-chrome: install Debian's chromium"
        + " package (.ci/run does) to run the browser test");
  }

  @Test
  void loadsWithoutConsoleErrorsAndDrawsTheFailure() throws Exception {
    Path index = Reports.write(dir, Samples.suite());
    HeadlessChromium.Result r = HeadlessChromium.dumpDom(browser, index);
    assertEquals(0, r.exit(), "chromium exit status");
    assertEquals(List.of(), r.console(), "console messages");
    String dom = r.stdout();
    Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
    assertTrue(body.find(), "no body in " + dom.substring(0, Math.min(500, dom.length())));
    String attributes = body.group(1);
    assertTrue(attributes.contains("data-ready=\"1\""), "the page's script ran: " + attributes);
    assertTrue(attributes.contains("data-cells-pass=\"5\""), attributes);
    assertTrue(attributes.contains("data-cells-fail=\"2\""), attributes);
    assertTrue(attributes.contains("data-timelines=\"7\""), attributes);
    assertTrue(attributes.contains("data-violation-marks=\"2\""), attributes);

    String failing = article(dom, "run-relaunch-after-idle--seed-naive");
    assertTrue(failing.contains("<svg"), "timeline drawn");
    assertTrue(failing.contains("class=\"m expired vmark\""), "violation mark");
    assertTrue(failing.contains("class=\"vring\""), "violation ring");
    assertTrue(failing.contains("first violation"), "caption");
    assertTrue(!article(dom, "run-relaunch-after-idle--refreshing").contains("vmark"));
  }

  @Test
  void theHarnessSeesScriptErrors() throws Exception {
    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><html><body><script>notDefined();</script>"
        + "</body></html>");
    List<String> console = HeadlessChromium.dumpDom(browser, broken).console();
    assertTrue(console.stream().anyMatch(l -> l.contains("notDefined")), console.toString());
  }

  @Test
  void takesAScreenshot() throws Exception {
    Path index = Reports.write(dir, List.of(Samples.relaunchAfterIdle("seed-naive", true)));
    Path png = dir.resolve("shot.png");
    HeadlessChromium.Result r = HeadlessChromium.screenshot(browser, index, png, 1400, 900);
    assertEquals(0, r.exit());
    assertEquals(List.of(), r.console());
    assertTrue(Files.size(png) > 10_000, "a real picture");
  }

  private static String article(String dom, String id) {
    int start = dom.indexOf("id=\"" + id + "\"");
    assertTrue(start > 0, "no article " + id);
    return dom.substring(start, dom.indexOf("</article>", start));
  }
}
