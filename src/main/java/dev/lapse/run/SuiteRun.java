package dev.lapse.run;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every scenario for every provider, one runner (with its own worlds and clients) per
 * provider, up to {@code jobs} providers at once. Results come back in provider order, then
 * scenario order, whatever the number of jobs: each runner's journal depends only on its own
 * scenarios and seed.
 */
public final class SuiteRun {
  private SuiteRun() {}

  private static RunResult notRun(Scenario s, String provider, RealTimeBudget budget) {
    java.time.Instant at = dev.lapse.clock.VirtualClock.DEFAULT_START;
    return new RunResult(s, provider, new dev.lapse.history.RunRecord(at, at,
        s.world().credentialsTtl(), List.of(), List.of(), 0), List.of(),
        "not run: " + budget.spentSentence() + " before this run began", null);
  }

  public static List<RunResult> run(List<Scenario> scenarios,
      Map<String, CredentialsProviderFactory> providers, Duration stepLimit, long seed, int jobs) {
    return run(scenarios, providers, stepLimit, stepLimit.multipliedBy(
        ScenarioRunner.HANG_LIMIT_FACTOR), null, seed, jobs, ScenarioRunner.DEFAULT_TRANSPORT);
  }

  /**
   * @param hangLimit the longer limit a cut-off run is repeated with
   * @param budget    real time the whole suite may take, or null for no limit: it bounds the
   *                  run in progress too, and runs not started when it is spent are reported
   *                  inconclusive, never dropped
   * @param transport how the device reaches the fake AWS
   */
  public static List<RunResult> run(List<Scenario> scenarios,
      Map<String, CredentialsProviderFactory> providers, Duration stepLimit, Duration hangLimit,
      Duration budget, long seed, int jobs, Transport transport) {
    RealTimeBudget left = RealTimeBudget.of(budget);
    RunsInFlight.clearFinished();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs,
        providers.size())), r -> {
          Thread t = new Thread(r, "lapse-provider-runner");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<List<RunResult>>> perProvider = new ArrayList<>();
      providers.forEach((name, factory) -> perProvider.add(pool.submit(() -> {
        try (ScenarioRunner runner = new ScenarioRunner(stepLimit, hangLimit, seed, transport)) {
          runner.budget(left);
          return scenarios.stream().map(s -> {
            RunResult r = left.spent() ? notRun(s, name, left) : runner.run(s, name, factory);
            RunsInFlight.finished(r); // kept for a provider that ends the JVM mid-suite
            return r;
          }).toList();
        }
      })));
      List<RunResult> results = new ArrayList<>();
      for (Future<List<RunResult>> f : perProvider) {
        results.addAll(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the suite", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Lapse failed while running the suite: " + e.getCause(),
          e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
