package dev.lapse.fuzz;

import dev.lapse.check.Violation;
import dev.lapse.clock.WallClock;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.Optional;

/**
 * Searches for a scenario that breaks a provider: generates try after try from the seed, runs
 * each through one {@link ScenarioRunner} (which pools the fake AWS worlds and SDK clients),
 * and on the first failure shrinks it and stops, as Hypothesis does. Real time is read only
 * through {@link WallClock#nanos()}, for the time budget and the progress rate.
 *
 * <pre>{@code
 * try (ScenarioRunner runner = new ScenarioRunner()) {
 *   FuzzReport report = new Fuzzer(runner).fuzz("mine", new MyFactory(),
 *       FuzzOptions.defaults().withSeed(42).withTries(2_000), FuzzProgress.NONE);
 * }
 * }</pre>
 *
 * Not thread-safe (nor is the runner): one fuzz run at a time.
 */
public final class Fuzzer {
  private final ScenarioRunner runner;
  private final ScenarioGenerator generator = new ScenarioGenerator();

  public Fuzzer(ScenarioRunner runner) {
    this.runner = runner;
  }

  /** The scenario of try {@code index} of {@code seed}: what {@code --tries index+1} reruns. */
  public Scenario scenarioOf(long seed, int index) {
    return generator.generate(Choices.random(seed, index));
  }

  public FuzzReport fuzz(String provider, CredentialsProviderFactory factory,
      FuzzOptions options, FuzzProgress progress) {
    long began = WallClock.nanos();
    Long deadline = options.timeBudget() == null ? null
        : began + options.timeBudget().toNanos();
    int planned = options.triesInShard();
    int done = 0;
    Duration simulated = Duration.ZERO;
    for (int k = options.shard(); k < options.tries(); k += options.shards()) {
      if (deadline != null && WallClock.nanos() - deadline > 0) {
        break;
      }
      Choices choices = Choices.random(options.seed(), k);
      Scenario scenario = generator.generate(choices);
      RunResult result = runner.run(scenario, provider, factory);
      done++;
      simulated = simulated.plus(Duration.between(result.record().start(), result.record().end()));
      Optional<Violation> violation = result.firstViolation();
      if (violation.isPresent()) {
        progress.tried(done, planned, 1, WallClock.nanos() - began);
        progress.shrinking(k, scenario.steps().size());
        FuzzFailure failure = shrink(provider, factory, options, k, choices, scenario,
            violation.get());
        return new FuzzReport(provider, options, done, 1, simulated, WallClock.nanos() - began,
            Optional.of(failure));
      }
      progress.tried(done, planned, 0, WallClock.nanos() - began);
    }
    return new FuzzReport(provider, options, done, 0, simulated, WallClock.nanos() - began,
        Optional.empty());
  }

  private FuzzFailure shrink(String provider, CredentialsProviderFactory factory,
      FuzzOptions options, int k, Choices choices, Scenario original, Violation violation) {
    Shrinker shrinker = new Shrinker(runner, generator, options.shrinkBudget());
    Shrinker.Shrunk shrunk = shrinker.shrink(provider, factory, choices.sequence(), original,
        violation);
    String name = "fuzz-" + fileSafe(provider) + "-seed" + options.seed() + "-try" + k;
    String about = "Found by lapse fuzz --provider " + provider + " --seed " + options.seed()
        + " at try " + k + "; shrunk from " + original.steps().size() + " to "
        + shrunk.scenario().steps().size() + " steps in " + shrunk.runs() + " runs. It broke "
        + shrunk.violation().check() + ": " + shrunk.violation().seen();
    Scenario named = shrunk.scenario().withName(name).withAbout(about);
    return new FuzzFailure(options.seed(), k, original.withName(name + "-original"), named,
        shrunk.violation(), shrunk.runs());
  }

  /** A provider name or class name as part of a file name. */
  static String fileSafe(String provider) {
    String simple = provider.contains(".") && !provider.endsWith(".")
        ? provider.substring(provider.lastIndexOf('.') + 1) : provider;
    return simple.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
