package dev.lapse;

import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;
import dev.lapse.internal.fuzz.FailureText;
import dev.lapse.internal.fuzz.Fuzzer;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import java.time.Duration;
import java.util.Objects;

/**
 * A fuzz run described fluently, for JUnit users; start it with {@code Lapse.fuzz(...)}:
 * <pre>{@code
 * Lapse.fuzz(MyFactory.class).tries(2_000).seed(42).check();
 * }</pre>
 * Immutable like Awaitility: every option returns a new value. Defaults: 1,000 tries, seed 1,
 * no time budget. {@link #check()} throws an {@link AssertionError} carrying the violation, a
 * command that reruns the case and the shrunk scenario as YAML, ready for {@code scenarios/}.
 */
public final class FuzzCheck {
  private final String provider;
  private final CredentialsProviderFactory factory;
  private final FuzzOptions options;
  private final int workers;
  private final Transport transport;

  public FuzzCheck(String provider, CredentialsProviderFactory factory, FuzzOptions options) {
    this(provider, factory, options, defaultWorkers(), ScenarioRunner.DEFAULT_TRANSPORT);
  }

  private FuzzCheck(String provider, CredentialsProviderFactory factory, FuzzOptions options,
      int workers, Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.options = Objects.requireNonNull(options, "options");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, found " + workers);
    }
    this.workers = workers;
  }

  /** One worker per core, at most 4: tries run side by side, the result is the same. */
  public static int defaultWorkers() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * How many tries run side by side, each worker with its own fake AWS; the result does not
   * depend on it. Default: one per core, at most 4. The factory's {@code launch} must then
   * tolerate being called from several threads at once.
   */
  public FuzzCheck workers(int workers) {
    return new FuzzCheck(provider, factory, options, workers, transport);
  }

  /** How many scenarios to try; default 1,000. */
  public FuzzCheck tries(int tries) {
    return new FuzzCheck(provider, factory, options.withTries(tries), workers, transport);
  }

  /** The seed; the same seed tries the same scenarios on any machine. Default 1. */
  public FuzzCheck seed(long seed) {
    return new FuzzCheck(provider, factory, options.withSeed(seed), workers, transport);
  }

  /** Start no new try after this much real time; default none. */
  public FuzzCheck timeBudget(Duration budget) {
    return new FuzzCheck(provider, factory, options.withTimeBudget(budget), workers, transport);
  }

  /**
   * How the provider's SDK clients reach the fake AWS: {@code Transport.MEMORY} (default: in
   * the same JVM, no sockets, several times faster) or {@code Transport.HTTP} (loopback HTTP).
   * The same tries fail the same way.
   */
  public FuzzCheck transport(Transport transport) {
    return new FuzzCheck(provider, factory, options, workers, transport);
  }

  public FuzzOptions options() {
    return options;
  }

  /** Runs the search; returns the report when nothing failed. */
  public FuzzReport check() {
    FuzzReport report;
    try (Fuzzer fuzzer = Fuzzer.withWorkers(workers,
        () -> new ScenarioRunner(transport))) {
      report = fuzzer.fuzz(provider, factory, options, FuzzProgress.NONE);
    }
    report.failure().ifPresent(f -> {
      throw new AssertionError(FailureText.of(report, f, null));
    });
    return report;
  }
}
