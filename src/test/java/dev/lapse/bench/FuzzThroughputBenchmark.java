package dev.lapse.bench;

import dev.lapse.clock.WallClock;
import dev.lapse.FuzzCheck;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;
import dev.lapse.internal.fuzz.Fuzzer;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;

/**
 * How fast fuzzing goes: generates and runs scenarios (about 20 steps each, real SDK HTTP
 * calls on loopback) against a provider, after a warm-up, and prints scenarios per second and
 * simulated hours per wall second. Not a test: figures depend on the machine (see the README's
 * measurements; {@link TransportBenchmark} compares the transports side by side). A provider
 * that fails stops the search at its first failure, so measure with one that passes.
 *
 * <pre>
 * mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.lapse.bench.FuzzThroughputBenchmark [-Dexec.args="robust 4000 2 memory"]  (provider, tries, workers, transport)
 * </pre>
 */
public final class FuzzThroughputBenchmark {
  private FuzzThroughputBenchmark() {}

  public static void main(String[] args) {
    String provider = args.length > 0 ? args[0] : "robust";
    // Thousands, because the JIT keeps speeding the SDK and server up for a few thousand runs.
    int tries = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : FuzzCheck.defaultWorkers();
    Transport transport = args.length > 3 ? Transport.parse(args[3]) : Transport.MEMORY;
    var factory = BundledProviders.byName(provider, FuzzThroughputBenchmark.class.getClassLoader());
    try (Fuzzer fuzzer = Fuzzer.withWorkers(workers, () -> new ScenarioRunner(transport))) {
      long steps = 0;
      for (int k = 0; k < tries; k++) {
        steps += fuzzer.scenarioOf(7, k).steps().size();
      }
      // Warm-up: JIT, worlds, SDK clients, connections. Another seed, so no try is repeated.
      fuzzer.fuzz(provider, factory, FuzzOptions.defaults().withSeed(99).withTries(200),
          FuzzProgress.NONE);
      long began = WallClock.nanos();
      FuzzReport report = fuzzer.fuzz(provider, factory,
          FuzzOptions.defaults().withSeed(7).withTries(tries), FuzzProgress.NONE);
      double seconds = (WallClock.nanos() - began) / 1e9;
      double hours = report.simulated().toSeconds() / 3600.0;
      System.out.printf("%s, %s, %d worker(s): %d scenarios (%.1f steps on average) in %.2f s: %.1f scenarios/s,"
              + " %.0f simulated hours per wall second%s%n",
          provider, transport, workers, report.triesDone(), (double) steps / tries, seconds,
          report.triesDone() / seconds, hours / seconds,
          report.passed() ? "" : " (stopped at a failure: " + report.failure().get().violation()
              .check() + ")");
    }
  }
}
