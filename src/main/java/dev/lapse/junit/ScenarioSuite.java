package dev.lapse.junit;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioSources;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenarios to run against one provider from a user's own JUnit test class, one dynamic test
 * per scenario. Immutable: each method returns a new suite.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myProviderSurvivesTheBundledSuite() {
 *   return Lapse.bundledScenarios().against(new MyProviderFactory()).tests();
 * }
 * }</pre>
 *
 * <p>A failing scenario's test fails with an {@link AssertionError} naming every violation and
 * the HTML timeline of the run, written under {@link #reports(Path)} (default
 * {@code target/lapse-reports}, or {@code build/lapse-reports} in a Gradle project).
 */
public final class ScenarioSuite {
  /** A scenario and the file it came from (null when built in Java), for the IDE's tree. */
  private record Entry(Scenario scenario, URI source) {}

  /** Violations a failure message lists; a burst of 16 calls would otherwise print 32 lines. */
  private static final int SHOWN = 5;

  private final List<Entry> entries;
  private final String providerName;
  private final CredentialsProviderFactory factory;
  private final Path reports;
  private final Duration stepLimit;
  private final Transport transport;

  private ScenarioSuite(List<Entry> entries, String providerName,
      CredentialsProviderFactory factory, Path reports, Duration stepLimit,
      Transport transport) {
    this.entries = List.copyOf(entries);
    this.providerName = providerName;
    this.factory = factory;
    this.reports = reports;
    this.stepLimit = stepLimit;
    this.transport = java.util.Objects.requireNonNull(transport, "transport");
  }

  /** Scenarios from YAML files and folders (every .yaml/.yml below a folder, sorted). */
  public static ScenarioSuite of(Path... paths) {
    List<ScenarioSources.Source> sources = new ArrayList<>();
    for (Path p : paths) {
      try {
        sources.addAll(ScenarioSources.files(p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage()
            + " (the bundled suite is Lapse.bundledScenarios())", e);
      }
    }
    return read(sources);
  }

  /**
   * Scenarios from files, folders or classpath resources: {@code "scenarios/mine.yaml"},
   * {@code "classpath:scenarios"} (e.g. {@code src/test/resources/scenarios}).
   */
  public static ScenarioSuite of(String... locations) {
    List<ScenarioSources.Source> sources = new ArrayList<>();
    for (String location : locations) {
      sources.addAll(ScenarioSources.find(location));
    }
    return read(sources);
  }

  /** The scenarios Lapse ships, read from its own jar. */
  public static ScenarioSuite bundled() {
    return read(ScenarioSources.find(ScenarioSources.BUNDLED,
        ScenarioSuite.class.getClassLoader()));
  }

  public static ScenarioSuite of(Scenario... scenarios) {
    return new ScenarioSuite(Arrays.stream(scenarios).map(s -> new Entry(s, null)).toList(),
        null, null, ReportsFolder.DEFAULT,
        ScenarioRunner.DEFAULT_STEP_LIMIT, ScenarioRunner.DEFAULT_TRANSPORT);
  }

  private static ScenarioSuite read(List<ScenarioSources.Source> sources) {
    return new ScenarioSuite(sources.stream().map(s -> new Entry(s.read(), s.uri())).toList(),
        null, null, ReportsFolder.DEFAULT,
        ScenarioRunner.DEFAULT_STEP_LIMIT, ScenarioRunner.DEFAULT_TRANSPORT);
  }

  public ScenarioSuite against(CredentialsProviderFactory provider) {
    return against(provider.getClass().getName(), provider);
  }

  /**
   * Against the provider {@code name} names, as {@code lapse run --provider} takes it (a
   * bundled name, a class name, {@code node:<module>}, {@code python:<module>}):
   * {@code Lapse.bundledScenarios().against("node:src/provider.mjs").tests()}.
   */
  public ScenarioSuite against(String name) {
    return against(name, dev.lapse.internal.external.ProviderNames.resolve(name,
        ScenarioSuite.class.getClassLoader()));
  }

  public ScenarioSuite against(String name, CredentialsProviderFactory provider) {
    return new ScenarioSuite(entries, name, provider, reports, stepLimit, transport);
  }

  /** Only the scenarios of these names, in the suite's order; an unknown name is an error. */
  public ScenarioSuite only(String... names) {
    Set<String> wanted = new LinkedHashSet<>(List.of(names));
    List<String> known = entries.stream().map(e -> e.scenario().name()).toList();
    wanted.stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
      throw new IllegalArgumentException("no scenario named '" + n + "'; the suite has: "
          + String.join(", ", known));
    });
    return new ScenarioSuite(entries.stream().filter(e -> wanted.contains(e.scenario().name()))
        .toList(), providerName, factory, reports, stepLimit, transport);
  }

  /** Where failing runs' HTML timelines go; default {@code target/lapse-reports}. */
  public ScenarioSuite reports(Path dir) {
    return new ScenarioSuite(entries, providerName, factory, dir, stepLimit, transport);
  }

  /**
   * Real time the provider may take in one step before it is cut off and the step fails;
   * default 10 s. A guard against a hung provider, not a verdict: raise it on a slow CI machine.
   */
  public ScenarioSuite stepLimit(Duration limit) {
    return new ScenarioSuite(entries, providerName, factory, reports, limit, transport);
  }

  /**
   * How the provider's SDK clients reach the fake AWS: {@code Transport.MEMORY} (default: in
   * the same JVM, no sockets) or {@code Transport.HTTP} (loopback HTTP, as {@code lapse serve}).
   * The journal, verdicts and reports are the same.
   */
  public ScenarioSuite transport(Transport transport) {
    return new ScenarioSuite(entries, providerName, factory, reports, stepLimit, transport);
  }

  public List<Scenario> scenarios() {
    return entries.stream().map(Entry::scenario).toList();
  }

  /**
   * One dynamic test per scenario, named after it and linked to its file; a failure is an
   * AssertionError carrying the violations and the path of the run's HTML timeline.
   */
  public Stream<DynamicTest> tests() {
    requireProvider();
    ScenarioRunner runner = new ScenarioRunner(stepLimit, 1, transport);
    return entries.stream()
        .map(e -> DynamicTest.dynamicTest(e.scenario().name(), e.source(),
            () -> assertPassed(runner.run(e.scenario(), providerName, factory))))
        .onClose(runner::close);
  }

  /** Runs every scenario and returns the results, passing or not. */
  public List<RunResult> run() {
    requireProvider();
    try (ScenarioRunner runner = new ScenarioRunner(stepLimit, 1, transport)) {
      return entries.stream().map(e -> runner.run(e.scenario(), providerName, factory)).toList();
    }
  }

  /** Runs every scenario; throws an AssertionError listing every failing one. */
  public void check() {
    StringBuilder failures = new StringBuilder();
    for (RunResult r : run()) {
      if (!r.passed()) {
        failures.append(message(r, timeline(r))).append('\n');
      }
    }
    if (failures.length() > 0) {
      throw new AssertionError(failures.toString());
    }
  }

  private void assertPassed(RunResult result) {
    if (result.isInconclusive()) {
      // Not a finding about the provider: JUnit reports it as aborted, with the reason.
      throw new org.opentest4j.TestAbortedException("INCONCLUSIVE: scenario '"
          + result.scenario().name() + "' for " + result.provider() + ": "
          + result.inconclusive());
    }
    if (!result.passed()) {
      throw new AssertionError(message(result, timeline(result)));
    }
  }

  private Path timeline(RunResult r) {
    return Reports.writeHtml(ReportsFolder.runPage(reports, r), List.of(r)).toAbsolutePath();
  }

  static String message(RunResult r, Path timeline) {
    if (r.isInconclusive()) {
      return "scenario '" + r.scenario().name() + "' is INCONCLUSIVE for " + r.provider() + ": "
          + r.inconclusive() + "\n  timeline: " + timeline.toUri();
    }
    StringBuilder sb = new StringBuilder("scenario '" + r.scenario().name() + "' failed for "
        + r.provider() + ":");
    r.violations().stream().limit(SHOWN).forEach(v -> sb.append("\n  ").append(v.message()));
    if (r.violations().size() > SHOWN) {
      sb.append("\n  ... and ").append(r.violations().size() - SHOWN)
          .append(" more violations (every one is in the timeline)");
    }
    sb.append("\n  timeline: ").append(timeline.toUri());
    return sb.toString();
  }

  private void requireProvider() {
    if (factory == null) {
      throw new IllegalStateException("no provider: call against(new MyProviderFactory()) first");
    }
  }
}
