package dev.lapse.bench;

import dev.lapse.internal.report.HeadlessChromium;
import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the README's picture: the bundled relaunch-after-idle scenario run with the seed-naive
 * provider, its report opened in headless Chromium at 1400 x 900.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.lapse.bench.ReportScreenshot docs/report-seed-naive.png
 * </pre>
 */
public final class ReportScreenshot {
  public static void main(String[] args) throws Exception {
    Path png = Path.of(args.length > 0 ? args[0] : "docs/report-seed-naive.png");
    Path browser = HeadlessChromium.find()
        .orElseThrow(() -> new IllegalStateException("install Debian's chromium package"));
    Scenario idle = BundledSuite.scenarios().stream()
        .filter(s -> s.name().equals("relaunch-after-idle")).findFirst().orElseThrow();
    List<RunResult> results = BundledSuite.run(List.of(idle), List.of("seed-naive"));
    Path index = Reports.write(Path.of("target/screenshot"), results);
    Files.createDirectories(png.toAbsolutePath().getParent());
    HeadlessChromium.Result r = HeadlessChromium.screenshot(browser, index, png, 1400, 900);
    if (r.exit() != 0 || !r.console().isEmpty()) {
      throw new IllegalStateException("chromium: exit " + r.exit() + ", console " + r.console());
    }
    System.out.println("wrote " + png + " from " + index);
  }
}
