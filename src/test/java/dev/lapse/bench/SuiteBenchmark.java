package dev.lapse.bench;

import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long the bundled suite takes for the three reference providers, after JVM start, and
 * how much app life that simulates, for each transport. Runs the suite once per transport to
 * warm up, then measures rounds alternating http and memory, so both see the same load.
 *
 * <p>{@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.lapse.bench.SuiteBenchmark [-Dexec.args="--each"|"--as-run"]}
 *
 * <p>{@code --as-run} measures the suite as {@code lapse run} runs it ({@code SuiteRun}: the
 * providers side by side, each job with fresh worlds), in a warm JVM; by default one runner
 * runs every scenario one after another.
 */
public final class SuiteBenchmark {
  public static void main(String[] args) throws Exception {
    List<Scenario> suite;
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      suite = files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .map(ScenarioReader::read).toList();
    }
    boolean perScenario = args.length > 0 && args[0].equals("--each");
    if (args.length > 0 && args[0].equals("--as-run")) {
      asRun(suite);
      return;
    }
    try (ScenarioRunner http = new ScenarioRunner(Transport.HTTP);
        ScenarioRunner memory = new ScenarioRunner(Transport.MEMORY)) {
      for (int pass = 0; pass <= 7; pass++) {
        int round = pass / 2;
        Transport transport = pass % 2 == 0 ? Transport.HTTP : Transport.MEMORY;
        ScenarioRunner runner = transport == Transport.HTTP ? http : memory;
        long start = System.nanoTime();
        Duration simulated = Duration.ZERO;
        int runs = 0;
        for (var provider : BundledProviders.all().entrySet()) {
          for (Scenario s : suite) {
            long t0 = System.nanoTime();
            RunResult r = runner.run(s, provider.getKey(), provider.getValue().get());
            if (perScenario && (round == 3 || args.length > 1)) {
              System.out.printf("  %-34s %-11s %6.1f ms, %4d requests%n", s.name(),
                  provider.getKey(), (System.nanoTime() - t0) / 1e6, r.record().entries().size());
            }
            simulated = simulated.plus(Duration.between(r.record().start(), r.record().end()));
            runs++;
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s %-6s: %d runs in %.2f s wall, %.1f simulated hours (%.0fx real "
                + "time), load %s%n", round == 0 ? "warm-up" : "round " + round, transport, runs,
            seconds,
            simulated.toMinutes() / 60.0, simulated.toMillis() / 1000.0 / seconds,
            TransportBenchmark.load());
      }
    }
  }

  /** The suite through {@code SuiteRun}, as {@code lapse run} runs it (8 jobs, 3 providers). */
  private static void asRun(List<Scenario> suite) {
    java.util.Map<String, dev.lapse.provider.CredentialsProviderFactory> providers =
        new java.util.LinkedHashMap<>();
    BundledProviders.all().forEach((name, factory) -> providers.put(name, factory.get()));
    for (int pass = 0; pass <= 7; pass++) {
      int round = pass / 2;
      Transport transport = pass % 2 == 0 ? Transport.HTTP : Transport.MEMORY;
      long start = System.nanoTime();
      List<RunResult> results = dev.lapse.run.SuiteRun.run(suite, providers,
          ScenarioRunner.DEFAULT_STEP_LIMIT,
          ScenarioRunner.DEFAULT_STEP_LIMIT.multipliedBy(ScenarioRunner.HANG_LIMIT_FACTOR), null,
          1, 8, transport);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%s %-6s (as lapse run): %d runs in %.2f s wall, load %s%n",
          round == 0 ? "warm-up" : "round " + round, transport, results.size(), seconds,
          TransportBenchmark.load());
    }
  }
}
