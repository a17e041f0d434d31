package dev.lapse.bench;

import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;
import dev.lapse.internal.fuzz.Fuzzer;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fuzzing throughput over both transports, measured side by side in one JVM: after a warm-up
 * of each, rounds alternate {@code http} (the baseline) and {@code memory} on the same tries,
 * so both see the same machine load. Prints scenarios per second, CPU milliseconds per
 * scenario (the whole process: SDK, fake, generator, JIT and GC), the ratio per round and
 * overall, and the load average. Not a test: figures depend on the machine.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.lapse.bench.TransportBenchmark [-Dexec.args="robust 1000 2 4"]
 *     (provider, tries per round, workers, rounds)
 * </pre>
 */
public final class TransportBenchmark {
  private TransportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String provider = args.length > 0 ? args[0] : "robust";
    int tries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    CredentialsProviderFactory factory = BundledProviders.byName(provider,
        TransportBenchmark.class.getClassLoader());
    Map<Transport, Fuzzer> fuzzers = new EnumMap<>(Transport.class);
    Map<Transport, double[]> totals = new EnumMap<>(Transport.class);
    try {
      for (Transport t : new Transport[] {Transport.HTTP, Transport.MEMORY}) {
        fuzzers.put(t, Fuzzer.withWorkers(workers, () -> new ScenarioRunner(t)));
        totals.put(t, new double[3]);
        // Warm-up: JIT, worlds, SDK clients, connections. Another seed, so no try repeats.
        fuzzers.get(t).fuzz(provider, factory, options(99, tries), FuzzProgress.NONE);
      }
      System.out.printf(Locale.ROOT, "%s, %d worker(s), %d tries per round, load %s%n",
          provider, workers, tries, load());
      for (int round = 1; round <= rounds; round++) {
        double[] rate = new double[2];
        for (Transport t : new Transport[] {Transport.HTTP, Transport.MEMORY}) {
          long cpu0 = cpuNanos();
          long t0 = System.nanoTime();
          FuzzReport report = fuzzers.get(t).fuzz(provider, factory, options(round, tries),
              FuzzProgress.NONE);
          double seconds = (System.nanoTime() - t0) / 1e9;
          double cpuMs = (cpuNanos() - cpu0) / 1e6;
          int done = report.triesDone();
          totals.get(t)[0] += done;
          totals.get(t)[1] += seconds;
          totals.get(t)[2] += cpuMs;
          rate[t.ordinal()] = done / seconds;
          System.out.printf(Locale.ROOT, "  round %d %-6s %5d scenarios in %6.2f s: %6.1f/s, "
                  + "%5.2f CPU ms per scenario%s%n", round, t, done, seconds, done / seconds,
              cpuMs / done, report.passed() ? "" : " (stopped at a failure)");
        }
        System.out.printf(Locale.ROOT, "  round %d memory/http %.2fx   load %s%n", round,
            rate[Transport.MEMORY.ordinal()] / rate[Transport.HTTP.ordinal()], load());
      }
      double[] h = totals.get(Transport.HTTP);
      double[] m = totals.get(Transport.MEMORY);
      System.out.printf(Locale.ROOT, "overall: http %.1f/s (%.2f CPU ms each), memory %.1f/s "
              + "(%.2f CPU ms each), memory/http %.2fx by wall time, %.2fx by CPU; load %s%n",
          h[0] / h[1], h[2] / h[0], m[0] / m[1], m[2] / m[0], (m[0] / m[1]) / (h[0] / h[1]),
          (h[2] / h[0]) / (m[2] / m[0]), load());
    } finally {
      fuzzers.values().forEach(Fuzzer::close);
    }
  }

  private static FuzzOptions options(long seed, int tries) {
    return FuzzOptions.defaults().withSeed(seed).withTries(tries);
  }

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
