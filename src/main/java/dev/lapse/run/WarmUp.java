package dev.lapse.run;

import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Loads and compiles what every scenario uses before the first one is judged: the first SDK
 * call of a cold JVM spends a second or more (several on a loaded machine) in class loading
 * and the JIT, and that must not count against a provider's step limit. One small scenario,
 * with the robust reference provider and a generous limit, runs once per JVM and transport
 * (over HTTP it also starts Jetty and the Apache client, which the memory transport never
 * touches); its result is thrown away and reaches no report.
 */
final class WarmUp {
  /** Generous: the warm-up judges nothing, it only must not run forever. */
  static final Duration LIMIT = Duration.ofMinutes(2);
  private static final Set<Transport> DONE = EnumSet.noneOf(Transport.class);
  private static int runs;

  private WarmUp() {}

  static synchronized void once(Transport transport) {
    if (!DONE.add(transport)) {
      return;
    }
    runs++;
    Scenario warm = Scenario.builder("warm-up").bucket("photos", "us-east-1").launch()
        .put("photos/warm.jpg").get("photos/warm.jpg").head("photos/warm.jpg")
        .list("photos").callerIdentity().waitFor(Duration.ofHours(2)).get("photos/warm.jpg")
        .delete("photos/warm.jpg").terminate().build();
    try (ScenarioRunner runner = new ScenarioRunner(LIMIT, LIMIT, 1, transport)) {
      runner.runUnwarmed(warm, "warm-up", BundledProviders.all().get("robust").get());
    } catch (RuntimeException e) {
      // A failed warm-up costs only speed: the real runs will say what is wrong.
    }
  }

  /** Warm-ups run in this JVM so far: at most one per transport. */
  static synchronized int runs() {
    return runs;
  }

  static synchronized boolean done(Transport transport) {
    return DONE.contains(transport);
  }
}
