package dev.lapse.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import dev.lapse.scenario.ScenarioWriter;
import dev.lapse.scenario.Step;
import org.junit.jupiter.api.Test;

/** Every generated scenario is a normal scenario: it survives a trip through YAML. */
class GeneratedScenarioYamlTest {
  private final ScenarioGenerator generator = new ScenarioGenerator();

  @Test
  void generatedScenariosRoundTripThroughYamlFor500Seeds() {
    for (long seed = 0; seed < 500; seed++) {
      Scenario s = generator.generate(Choices.random(seed, 0));
      String yaml = ScenarioWriter.toYaml(s);
      assertEquals(s, ScenarioReader.read(yaml, "x"), () -> "seed " + " changed:\n" + yaml);
    }
  }

  @Test
  void generatedScenariosStartWithLaunchAndAverageAboutTwentySteps() {
    long total = 0;
    for (long seed = 0; seed < 500; seed++) {
      Scenario s = generator.generate(Choices.random(seed, 7));
      assertTrue(s.steps().get(0) instanceof Step.Launch);
      total += s.steps().size();
    }
    double mean = total / 500.0;
    assertTrue(mean > 14 && mean < 28, "mean steps " + mean);
  }

  @Test
  void zerosBuildTheSimplestScenario() {
    Scenario s = generator.generate(Choices.replay(new int[0]));
    assertEquals(1, s.steps().size());
  }

  @Test
  void theSameChoicesBuildTheSameScenario() {
    Choices first = Choices.random(42, 3);
    Scenario a = generator.generate(first);
    Scenario b = generator.generate(Choices.replay(first.sequence()));
    assertEquals(a, b);
    assertEquals(a, generator.generate(Choices.random(42, 3)));
  }
}
