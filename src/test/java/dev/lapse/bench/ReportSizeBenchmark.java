package dev.lapse.bench;

import dev.lapse.internal.report.HeadlessChromium;
import dev.lapse.internal.report.Reports;
import dev.lapse.internal.report.Samples;
import dev.lapse.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How big the report gets and how fast Chromium opens it. A benchmark, not a test: real time
 * on a shared machine is no verdict.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.lapse.bench.ReportSizeBenchmark [bundled] [synthetic N] [flood REQUESTS]
 * </pre>
 *
 * <p>{@code bundled} runs every bundled scenario for the three bundled providers; {@code
 * synthetic N} writes N copies of the hand-built sample suite; {@code flood R} one run of R
 * requests. Load time is Chromium's whole run (start, load, scripts, dump) minus the same for
 * an empty page, and the page's own {@code performance.now()} when its script finished.
 */
public final class ReportSizeBenchmark {
  private static final Pattern READY = Pattern.compile("data-ready-ms=\"(\\d+)\"");

  public static void main(String[] args) throws IOException {
    List<String> a = Arrays.asList(args.length == 0 ? new String[] {"bundled"} : args);
    Path out = Path.of("target/bench");
    if (a.contains("bundled")) {
      measure("bundled suite x 3 providers", out.resolve("bundled"), BundledSuite.runAll());
    }
    int synthetic = a.indexOf("synthetic");
    if (synthetic >= 0) {
      int n = Integer.parseInt(a.get(synthetic + 1));
      List<RunResult> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Samples.suite().forEach(r -> results.add(r));
      }
      measure(n + " x sample suite", out.resolve("synthetic"), results);
    }
    int flood = a.indexOf("flood");
    if (flood >= 0) {
      int requests = Integer.parseInt(a.get(flood + 1));
      measure("one run of " + requests + " requests", out.resolve("flood"),
          List.of(Samples.flood("seed-naive", requests)));
    }
  }

  private static void measure(String what, Path dir, List<RunResult> results) throws IOException {
    Path index = Reports.write(dir, results);
    System.out.printf(Locale.ROOT, "%s: %d runs; index.html %s; all reports %s%n", what,
        results.size(), size(Files.size(index)), size(treeSize(dir)));
    HeadlessChromium.find().ifPresentOrElse(browser -> {
      Path empty = dir.resolve("empty.html");
      try {
        Files.writeString(empty, "<!DOCTYPE html><html><body></body></html>");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      List<Long> base = new ArrayList<>();
      List<Long> total = new ArrayList<>();
      List<Long> ready = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        base.add(HeadlessChromium.dumpDom(browser, empty).took().toMillis());
        HeadlessChromium.Result r = HeadlessChromium.dumpDom(browser, index);
        total.add(r.took().toMillis());
        Matcher m = READY.matcher(r.stdout());
        ready.add(m.find() ? Long.parseLong(m.group(1)) : -1);
        if (!r.console().isEmpty()) {
          System.out.println("  console: " + r.console());
        }
      }
      System.out.printf(Locale.ROOT, "  chromium (median of 3): whole run %d ms, empty page %d ms,"
              + " so the report costs %d ms; page script finished at %d ms%n", median(total),
          median(base), median(total) - median(base), median(ready));
    }, () -> System.out.println("  no chromium found: load time not measured"));
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static long treeSize(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static String size(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
  }
}
