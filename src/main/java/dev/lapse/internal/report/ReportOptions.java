package dev.lapse.internal.report;

import dev.lapse.run.RunResult;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report needs from its caller beyond the results: things only the caller may know,
 * because the report itself never reads a real clock. Immutable; each {@code with} returns a
 * new value.
 *
 * @param generatedAt the stamp shown in the page header, or null (default) for none; leave it
 *     out to make the HTML byte-identical between identical runs
 * @param wallTimes real seconds each run took, keyed by {@link #key}; default none, and a run
 *     without one reports {@code time="0"} in JUnit XML
 */
public record ReportOptions(Instant generatedAt, Map<String, Duration> wallTimes) {

  public ReportOptions {
    wallTimes = Map.copyOf(wallTimes == null ? Map.of() : wallTimes);
  }

  /** No stamp and no wall times. */
  public static ReportOptions none() {
    return new ReportOptions(null, Map.of());
  }

  public ReportOptions withGeneratedAt(Instant stamp) {
    return new ReportOptions(stamp, wallTimes);
  }

  /** How long (real time) the scenario took for the provider, for JUnit's {@code time}. */
  public ReportOptions withWallTime(String provider, String scenario, Duration took) {
    Map<String, Duration> more = new LinkedHashMap<>(wallTimes);
    more.put(key(provider, scenario), took);
    return new ReportOptions(generatedAt, more);
  }

  Duration wallTime(RunResult r) {
    return wallTimes.getOrDefault(key(r.provider(), r.scenario().name()), Duration.ZERO);
  }

  static String key(String provider, String scenario) {
    return provider + "\u0000" + scenario;
  }
}
