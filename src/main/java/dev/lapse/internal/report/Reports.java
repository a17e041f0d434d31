package dev.lapse.internal.report;

import dev.lapse.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the reports of a set of runs into one directory:
 *
 * <ul>
 *   <li>{@code index.html}: a self-contained page with a scenario x provider summary and, per
 *       run, a timeline on virtual time of lifecycle, tokens, credentials and requests;
 *   <li>{@code junit/TEST-lapse-<provider>.xml}: Maven Surefire's format, one testsuite per
 *       provider and one testcase per scenario, for CI servers;
 *   <li>{@code json/<provider>/<scenario>.json}: the full journal and verdicts of each run,
 *       byte-identical for identical runs;
 *   <li>{@code schema/lapse-report.schema.json}: the JSON Schema of those files.
 * </ul>
 *
 * <pre>{@code
 * Path index = Reports.write(Path.of("reports"), results);
 * System.out.print(Reports.consoleTable(results, index));
 * }</pre>
 *
 * <p>Reads no clock: a "generated at" stamp and wall times come from {@link ReportOptions}.
 */
public final class Reports {
  public static final String SCHEMA_FILE = "lapse-report.schema.json";

  private Reports() {}

  /** Writes every report with no stamp and no wall times; returns the path of index.html. */
  public static Path write(Path dir, List<RunResult> results) {
    return write(dir, results, ReportOptions.none());
  }

  /**
   * Writes every report into {@code dir} (created if needed; files of the same names are
   * replaced, others left alone) and returns the path of {@code index.html}.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Path write(Path dir, List<RunResult> results, ReportOptions options) {
    return write(dir, results, options, Map.of());
  }

  /**
   * As {@link #write(Path, List, ReportOptions)}, taking the JSON of the runs in
   * {@code jsonMade} (from {@link #writeJson}) instead of making it again.
   */
  public static Path write(Path dir, List<RunResult> results, ReportOptions options,
      Map<RunResult, String> jsonMade) {
    ResultGrid grid = new ResultGrid(results);
    try {
      Path index = dir.resolve("index.html");
      save(index, HtmlReport.of(grid, options.generatedAt()));
      for (String provider : grid.providers()) {
        save(dir.resolve("junit").resolve(JunitReport.fileName(provider)),
            JunitReport.of(provider, grid.runsFor(provider), options));
      }
      for (ResultGrid.Run run : grid.runs()) {
        String json = jsonMade.get(run.result());
        save(dir.resolve(run.jsonPath()), json != null ? json : JsonReport.of(run.result()));
      }
      save(dir.resolve("schema").resolve(SCHEMA_FILE), HtmlReport.resource(SCHEMA_FILE));
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write reports under " + dir, e);
    }
  }

  /**
   * Writes only the self-contained HTML page of these runs to {@code file} (folders created as
   * needed) and returns it: what a JUnit test links from its failure message, without JUnit
   * XML files that a CI server scanning for {@code TEST-*.xml} would count twice.
   */
  public static Path writeHtml(Path file, List<RunResult> results) {
    try {
      save(file, HtmlReport.of(new ResultGrid(results), null));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes one run's JSON report (as in {@code json/}) to {@code dir/<name>.json}, where the
   * name is {@code prefix} and the run's provider and scenario; returns the JSON written.
   */
  public static String writeJson(Path dir, String prefix, RunResult result) {
    Path file = dir.resolve(prefix + Text.slug(result.provider()) + "--"
        + Text.slug(result.scenario().name()) + ".json");
    try {
      String json = JsonReport.of(result);
      save(file, json);
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The text table {@code lapse run} prints: scenario x provider with PASS or FAIL, the first
   * violation of each failed run shortened to a line, and a last line
   * {@code HTML report: file:///.../index.html}.
   */
  public static String consoleTable(List<RunResult> results, Path index) {
    return ConsoleTable.of(results, index);
  }

  private static void save(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
