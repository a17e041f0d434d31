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

  public static List<RunResult> run(List<Scenario> scenarios,
      Map<String, CredentialsProviderFactory> providers, Duration stepLimit, long seed, int jobs) {
    return run(scenarios, providers, stepLimit, seed, jobs, ScenarioRunner.DEFAULT_TRANSPORT);
  }

  public static List<RunResult> run(List<Scenario> scenarios,
      Map<String, CredentialsProviderFactory> providers, Duration stepLimit, long seed, int jobs,
      Transport transport) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs,
        providers.size())), r -> {
          Thread t = new Thread(r, "lapse-provider-runner");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<List<RunResult>>> perProvider = new ArrayList<>();
      providers.forEach((name, factory) -> perProvider.add(pool.submit(() -> {
        try (ScenarioRunner runner = new ScenarioRunner(stepLimit, seed, transport)) {
          return scenarios.stream().map(s -> runner.run(s, name, factory)).toList();
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
