package dev.lapse.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.check.Violation;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SdkCachedProviderFactory;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioWriter;
import dev.lapse.vocabulary.Durations;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How we know the checks the fuzzer judges raise no false alarm: the reference providers run
 * the first 300 tries of a seed (every try, not only up to the first failure), across the drawn
 * lifetimes and combinations, judged by every check {@link GeneratedChecks} lists, and no check
 * fires that the provider's known behaviour does not explain.
 */
class FuzzNoFalseAlarmTest {
  static final int TRIES = 300;
  private static ScenarioRunner runner;

  @BeforeAll
  static void open() {
    runner = new ScenarioRunner();
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  static Stream<Arguments> correct() {
    return Stream.of(
        Arguments.of("robust", new RobustProviderFactory(), Set.of()),
        // It trusts the device clock (stale one minute before expiry by it): a clock more than
        // a minute slow hands out expired credentials, which the README's suite table shows.
        // It does not listen for refusals (RejectionListener), so it presents revoked
        // credentials again; and the SDK's CachedSupplier lets every blocked caller retry a
        // refresh that just failed, so a burst at a dead backend asks once per thread.
        Arguments.of("sdk-cached", new SdkCachedProviderFactory(),
            Set.of("no-expired-token", "calls-succeed", "drops-rejected-credentials",
                "refresh-backoff")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("correct")
  void noUnexplainedViolationIn300Tries(String name, CredentialsProviderFactory factory,
      Set<String> explained) {
    ScenarioGenerator generator = new ScenarioGenerator();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> byLifetime = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    for (int k = 0; k < TRIES; k++) {
      Scenario scenario = generator.generate(Choices.random(11, k));
      RunResult result = runner.run(scenario, name, factory);
      for (Violation v : result.violations()) {
        counts.merge(v.check(), 1, Integer::sum);
        byLifetime.merge(v.check() + " with " + Durations.format(
            scenario.world().credentialsTtl()) + " credentials", 1, Integer::sum);
        examples.putIfAbsent(v.check(), "try " + k + ": " + v.message() + "\n"
            + ScenarioWriter.toYaml(scenario));
      }
    }
    System.out.println(name + ": violations in " + TRIES + " tries: " + byLifetime);
    counts.keySet().removeAll(explained);
    examples.keySet().retainAll(counts.keySet());
    assertEquals(Map.of(), counts, () -> String.join("\n", examples.values()));
  }
}
