package dev.lapse.fuzz;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.ScenarioRunner;
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

  public FuzzCheck(String provider, CredentialsProviderFactory factory, FuzzOptions options) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** How many scenarios to try; default 1,000. */
  public FuzzCheck tries(int tries) {
    return new FuzzCheck(provider, factory, options.withTries(tries));
  }

  /** The seed; the same seed tries the same scenarios on any machine. Default 1. */
  public FuzzCheck seed(long seed) {
    return new FuzzCheck(provider, factory, options.withSeed(seed));
  }

  /** Start no new try after this much real time; default none. */
  public FuzzCheck timeBudget(Duration budget) {
    return new FuzzCheck(provider, factory, options.withTimeBudget(budget));
  }

  public FuzzOptions options() {
    return options;
  }

  /** Runs the search; returns the report when nothing failed. */
  public FuzzReport check() {
    FuzzReport report;
    try (ScenarioRunner runner = new ScenarioRunner()) {
      report = new Fuzzer(runner).fuzz(provider, factory, options, FuzzProgress.NONE);
    }
    report.failure().ifPresent(f -> {
      throw new AssertionError(FailureText.of(report, f, null));
    });
    return report;
  }
}
