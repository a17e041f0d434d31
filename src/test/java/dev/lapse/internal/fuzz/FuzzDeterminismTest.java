package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;
import dev.lapse.fuzz.FuzzReport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.provider.planted.StaleLoginTokenProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.ScenarioWriter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The same seed gives the same tries and the same shrunk result, twice in a row. */
class FuzzDeterminismTest {

  @Test
  void theSameSeedGivesTheSameTriesTwice() {
    ScenarioGenerator generator = new ScenarioGenerator();
    IntStream.range(0, 200).forEach(k -> assertEquals(
        generator.generate(Choices.random(42, k)), generator.generate(Choices.random(42, k))));
  }

  @Test
  void theSameSeedGivesTheSameShrunkFailureTwiceInARow() {
    for (var factory : new dev.lapse.provider.CredentialsProviderFactory[] {
        new SeedNaiveProviderFactory(), new StaleLoginTokenProviderFactory()}) {
      FuzzFailure first = fuzz(factory);
      FuzzFailure second = fuzz(factory);
      assertEquals(first.tryIndex(), second.tryIndex());
      assertEquals(ScenarioWriter.toYaml(first.original()),
          ScenarioWriter.toYaml(second.original()));
      assertEquals(ScenarioWriter.toYaml(first.shrunk()), ScenarioWriter.toYaml(second.shrunk()));
      assertEquals(first.violation(), second.violation());
    }
  }

  /** A new runner each time: nothing carried over from the first run helps the second. */
  private static FuzzFailure fuzz(dev.lapse.provider.CredentialsProviderFactory factory) {
    try (ScenarioRunner runner = new ScenarioRunner()) {
      return new Fuzzer(runner).fuzz("p", factory,
          FuzzOptions.defaults().withSeed(7).withTries(1_000), FuzzProgress.NONE)
          .failure().orElseThrow();
    }
  }

  @Test
  void twoWorkersFindTheSameFailureAsOne() {
    FuzzFailure one = fuzz(new StaleLoginTokenProviderFactory());
    FuzzReport two;
    try (Fuzzer fuzzer = Fuzzer.withWorkers(2, ScenarioRunner::new)) {
      two = fuzzer.fuzz("p", new StaleLoginTokenProviderFactory(),
          FuzzOptions.defaults().withSeed(7).withTries(1_000), FuzzProgress.NONE);
    }
    assertEquals(one.tryIndex() + 1, two.triesDone());
    assertEquals(ScenarioWriter.toYaml(one.shrunk()),
        ScenarioWriter.toYaml(two.failure().orElseThrow().shrunk()));
  }

  @Test
  void shardsSplitTheTriesOfOneSeed() {
    FuzzOptions all = FuzzOptions.defaults().withTries(10);
    assertEquals(4, all.withShard(0, 3).triesInShard()); // 0, 3, 6, 9
    assertEquals(3, all.withShard(1, 3).triesInShard()); // 1, 4, 7
    assertEquals(3, all.withShard(2, 3).triesInShard()); // 2, 5, 8
  }
}
