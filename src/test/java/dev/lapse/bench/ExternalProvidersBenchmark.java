package dev.lapse.bench;

import dev.lapse.internal.external.ExternalProvider;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bundled suite's wall time for providers in JavaScript and Python next to the Java ones
 * (over loopback HTTP as the external ones must, and in memory), one provider at a time, each in
 * a fresh runner: steps per second and seconds per suite. Run:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.lapse.bench.ExternalProvidersBenchmark [-Dexec.args="2"]
 * </pre>
 *
 * The argument is how many rounds per provider (default 1); rounds after the first are warm
 * for the JVM, never for the adapters (each launch is a new process).
 */
public final class ExternalProvidersBenchmark {
  private ExternalProvidersBenchmark() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    List<Scenario> scenarios = BundledSuite.scenarios();
    Map<String, CredentialsProviderFactory> providers = new LinkedHashMap<>();
    providers.put("robust", BundledProviders.all().get("robust").get());
    providers.put("sdk-cached", BundledProviders.all().get("sdk-cached").get());
    for (String spec : List.of("node:examples/js/pool-provider.mjs",
        "node:examples/js/naive-provider.mjs", "python:examples/python/botocore_provider.py",
        "python:examples/python/naive_provider.py")) {
      providers.put(spec, ExternalProvider.parse(spec).check(Duration.ofSeconds(60)));
    }
    System.out.printf(Locale.ROOT, "%-46s %-9s %6s %6s %9s %9s%n", "provider", "transport",
        "round", "steps", "seconds", "steps/s");
    for (Map.Entry<String, CredentialsProviderFactory> p : providers.entrySet()) {
      boolean external = p.getValue() instanceof ExternalProvider;
      for (Transport transport : external ? List.of(Transport.HTTP)
          : List.of(Transport.HTTP, Transport.MEMORY)) {
        try (ScenarioRunner runner = new ScenarioRunner(transport)) {
          for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int steps = 0;
            for (Scenario s : scenarios) {
              RunResult r = runner.run(s, p.getKey(), p.getValue());
              steps += r.record().steps().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%-46s %-9s %6d %6d %9.2f %9.1f%n", p.getKey(),
                transport.name().toLowerCase(Locale.ROOT), round, steps, seconds,
                steps / seconds);
          }
        }
      }
    }
  }
}
