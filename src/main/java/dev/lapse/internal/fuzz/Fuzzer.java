package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import dev.lapse.check.Violation;
import dev.lapse.clock.WallClock;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.RunResult;
import dev.lapse.run.RunsInFlight;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Searches for a scenario that breaks a provider: generates try after try from the seed, runs
 * each through a {@link ScenarioRunner} (which pools the fake AWS worlds and SDK clients), and
 * on the first failure shrinks it and stops, as Hypothesis does. Real time is read only
 * through {@link WallClock#nanos()}, for the time budget and the progress rate.
 *
 * <pre>{@code
 * try (Fuzzer fuzzer = Fuzzer.withWorkers(2, ScenarioRunner::new)) {
 *   FuzzReport report = fuzzer.fuzz("mine", new MyFactory(),
 *       FuzzOptions.defaults().withSeed(42).withTries(2_000), FuzzProgress.NONE);
 * }
 * }</pre>
 *
 * <p>With several workers, each has a runner of its own and tries run side by side; the
 * failure reported is still the one with the lowest try index, and every try before it has
 * run, so the result is the same as with one worker. The provider factory's {@code launch}
 * may then be called from several threads at once. Not thread-safe: one fuzz run at a time.
 */
public final class Fuzzer implements AutoCloseable {
  private final List<ScenarioRunner> runners;
  private final boolean owned;
  private final ScenarioGenerator generator = new ScenarioGenerator();

  /** One worker, on a runner the caller owns (and closes). */
  public Fuzzer(ScenarioRunner runner) {
    this.runners = List.of(runner);
    this.owned = false;
  }

  private Fuzzer(List<ScenarioRunner> runners) {
    this.runners = List.copyOf(runners);
    this.owned = true;
  }

  /** {@code workers} workers, each with a runner from {@code runners}, closed by {@link #close}. */
  public static Fuzzer withWorkers(int workers, Supplier<ScenarioRunner> runners) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, found " + workers);
    }
    List<ScenarioRunner> list = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      list.add(runners.get());
    }
    return new Fuzzer(list);
  }

  /** The scenario of try {@code index} of {@code seed}: what {@code --tries index+1} reruns. */
  public Scenario scenarioOf(long seed, int index) {
    return generator.generate(Choices.random(seed, index));
  }

  public FuzzReport fuzz(String provider, CredentialsProviderFactory factory,
      FuzzOptions options, FuzzProgress progress) {
    long began = WallClock.nanos();
    TrySearch search = new TrySearch(options, began, progress);
    List<Thread> threads = new ArrayList<>();
    for (int w = 1; w < runners.size(); w++) {
      ScenarioRunner runner = runners.get(w);
      Thread t = new Thread(() -> work(search, runner, provider, factory),
          "lapse-fuzz-worker-" + w);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    work(search, runners.get(0), provider, factory);
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while fuzzing", e);
      }
    }
    search.rethrowWorkerFailure();
    long searched = WallClock.nanos() - began;
    Optional<TrySearch.Found> found = search.first();
    if (found.isEmpty()) {
      return new FuzzReport(provider, options, search.done(), 0, search.simulated(),
          searched, searched, Optional.empty(), search.flakyTries());
    }
    TrySearch.Found f = found.get();
    progress.shrinking(f.tryIndex(), f.scenario().steps().size());
    FuzzFailure failure = shrink(provider, factory, options, f);
    return new FuzzReport(provider, options, search.done(), 1, search.simulated(),
        searched, WallClock.nanos() - began, Optional.of(failure), search.flakyTries());
  }

  private void work(TrySearch search, ScenarioRunner runner, String provider,
      CredentialsProviderFactory factory) {
    try {
      for (int j = search.take(); j >= 0; j = search.take()) {
        int k = search.tryIndex(j);
        // Named with the step running if a provider ends the JVM (lapse fuzz's exit hook).
        RunsInFlight.context("try " + k + " of seed " + search.options().seed());
        Choices choices = Choices.random(search.options().seed(), k);
        Scenario scenario = generator.generate(choices);
        RunResult result = runner.run(scenario, provider, factory);
        Duration simulated = Duration.between(result.record().start(), result.record().end());
        Optional<Violation> violation = result.firstViolation();
        if (result.isInconclusive()) {
          search.flaky(j, "try " + k + ": inconclusive: " + result.inconclusive());
        }
        if (violation.isPresent()) {
          String unconfirmed = confirm(runner, provider, factory, scenario, violation.get());
          if (unconfirmed != null) {
            search.flaky(j, "try " + k + ": flaky: depends on real time: " + unconfirmed);
            violation = Optional.empty();
          }
        }
        search.finished(j, simulated, violation.map(v ->
            new TrySearch.Found(k, choices.sequence(), scenario, v)).orElse(null));
      }
    } catch (RuntimeException | Error e) {
      search.workerFailed(e);
    } finally {
      RunsInFlight.context(null);
    }
  }

  /** Reruns made of a failing try before it is reported; each must fail the same check. */
  static final int CONFIRMATIONS = 2;

  /**
   * Reruns a failing try; null when every rerun fails the same check, else what differed.
   * Virtual time makes a scenario's verdict the same on every run, so a failure that does not
   * come back came from real time (interleavings, the machine's load), not from the scenario.
   */
  private static String confirm(ScenarioRunner runner, String provider,
      CredentialsProviderFactory factory, Scenario scenario, Violation first) {
    for (int i = 1; i <= CONFIRMATIONS; i++) {
      RunResult again = runner.run(scenario, provider, factory);
      if (again.violationsOf(first.check()).isEmpty()) {
        return first.check() + " failed on the first run (" + first.message() + ") but not on "
            + "rerun " + i + " of " + CONFIRMATIONS + " (" + (again.isInconclusive()
                ? "inconclusive: " + again.inconclusive() : again.passed() ? "passed"
                : "failed otherwise: " + again.violations().get(0).message()) + ")";
      }
    }
    return null;
  }

  private FuzzFailure shrink(String provider, CredentialsProviderFactory factory,
      FuzzOptions options, TrySearch.Found f) {
    Shrinker shrinker = new Shrinker(runners.get(0), generator, options.shrinkBudget());
    RunsInFlight.context("shrinking try " + f.tryIndex() + " of seed " + options.seed());
    Shrinker.Shrunk shrunk;
    try {
      shrunk = shrinker.shrink(provider, factory, f.choices(), f.scenario(), f.violation());
    } finally {
      RunsInFlight.context(null);
    }
    Scenario original = f.scenario();
    String name = "fuzz-" + fileSafe(provider) + "-seed" + options.seed() + "-try" + f.tryIndex();
    String about = "Found by lapse fuzz --provider " + provider + " --seed " + options.seed()
        + " at try " + f.tryIndex() + "; shrunk from " + original.steps().size() + " to "
        + shrunk.scenario().steps().size() + " steps in " + shrunk.runs() + " runs. It broke "
        + shrunk.violation().check() + ": " + shrunk.violation().seen();
    Scenario named = shrunk.scenario().withName(name).withAbout(about);
    return new FuzzFailure(options.seed(), f.tryIndex(), original.withName(name + "-original"),
        named, shrunk.violation(), shrunk.runs());
  }

  /** A provider name or class name as part of a file name. */
  static String fileSafe(String provider) {
    int colon = provider.indexOf(':');
    if (colon > 0) { // node:path/to/naive-provider.mjs -> node-naive-provider
      String file = provider.substring(Math.max(colon, provider.lastIndexOf('/')) + 1);
      int dot = file.lastIndexOf('.');
      String base = dot > 0 ? file.substring(0, dot) : file;
      return (provider.substring(0, colon) + "-" + base).replaceAll("[^A-Za-z0-9_-]", "-");
    }
    String simple = provider.contains(".") && !provider.endsWith(".")
        ? provider.substring(provider.lastIndexOf('.') + 1) : provider;
    return simple.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  @Override
  public void close() {
    if (owned) {
      runners.forEach(ScenarioRunner::close);
    }
  }
}
