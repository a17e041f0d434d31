package dev.lapse.internal.report;

import dev.lapse.check.Violation;
import dev.lapse.run.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One provider's results as the XML Maven Surefire writes ({@code TEST-*.xml}): a
 * {@code testsuite} named {@code lapse.<provider>}, one {@code testcase} per scenario, and for
 * a failed one a {@code failure} whose message is the first violation and whose body lists
 * them all. CI servers (Jenkins, GitLab, GitHub annotations) read it as ordinary test results.
 */
final class JunitReport {
  private JunitReport() {}

  static String fileName(String provider) {
    return "TEST-lapse-" + Text.slug(provider) + ".xml";
  }

  static String of(String provider, List<ResultGrid.Run> runs, ReportOptions options) {
    String suite = "lapse." + provider;
    long failures = runs.stream().filter(r -> r.result().failed()).count();
    long errors = runs.stream().filter(r -> r.result().isInconclusive()).count();
    Duration total = runs.stream().map(r -> options.wallTime(r.result()))
        .reduce(Duration.ZERO, Duration::plus);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/")
        .append("maven-surefire-plugin/xsd/surefire-test-report-3.0.2.xsd\"")
        .append(" version=\"3.0.2\"")
        .append(" name=\"").append(Text.xml(suite)).append('"')
        .append(" time=\"").append(seconds(total)).append('"')
        .append(" tests=\"").append(runs.size()).append('"')
        .append(" errors=\"").append(errors).append("\" skipped=\"0\"")
        .append(" failures=\"").append(failures).append("\">\n");
    out.append("  <properties>\n");
    property(out, "lapse.provider", provider);
    out.append("  </properties>\n");
    for (ResultGrid.Run run : runs) {
      testcase(out, suite, run, options);
    }
    return out.append("</testsuite>\n").toString();
  }

  private static void testcase(StringBuilder out, String suite, ResultGrid.Run run,
      ReportOptions options) {
    RunResult r = run.result();
    out.append("  <testcase name=\"").append(Text.xml(r.scenario().name()))
        .append("\" classname=\"").append(Text.xml(suite))
        .append("\" time=\"").append(seconds(options.wallTime(r))).append('"');
    if (r.passed()) {
      out.append("/>\n");
      return;
    }
    if (r.isInconclusive()) {
      // An error, not a failure: the test could not be carried out, nothing was found wrong.
      out.append(">\n    <error message=\"").append(Text.xml("INCONCLUSIVE: " + r.inconclusive()))
          .append("\" type=\"inconclusive\">")
          .append(Text.xml(r.inconclusive() + "\n" + String.valueOf(r.threadDump())))
          .append("</error>\n  </testcase>\n");
      return;
    }
    Violation first = r.violations().get(0);
    out.append(">\n    <failure message=\"").append(Text.xml(first.message()))
        .append("\" type=\"").append(Text.xml(first.check())).append("\">");
    StringBuilder body = new StringBuilder();
    for (Violation v : r.violations()) {
      body.append(v.message()).append('\n');
    }
    body.append("timeline: index.html#").append(run.anchor()).append('\n')
        .append("journal: ").append(run.jsonPath()).append('\n');
    out.append(Text.xml(body.toString())).append("</failure>\n  </testcase>\n");
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("    <property name=\"").append(Text.xml(name)).append("\" value=\"")
        .append(Text.xml(value)).append("\"/>\n");
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
  }
}
