package dev.lapse.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import dev.lapse.vocabulary.WorldSpec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The generator is biased toward several conditions at once, not one at a time: measured over
 * the first 1,000 tries of a seed, by what the app's calls meet while they are made.
 */
class GeneratorCombinationsTest {
  static final int TRIES = 1_000;

  /** Which conditions hold while one call is made: a skewed clock, latency, an active fault. */
  private static final class Conditions {
    boolean skewed;
    boolean slow;
    Instant faultUntil = Instant.MIN;
    Instant now = Instant.EPOCH;

    int atOnce() {
      return (skewed ? 1 : 0) + (slow ? 1 : 0) + (now.isBefore(faultUntil) ? 1 : 0);
    }
  }

  /** The most conditions any call of the scenario meets at once. */
  static int mostAtOnce(Scenario scenario) {
    Conditions c = new Conditions();
    int most = 0;
    for (Step step : scenario.steps()) {
      if (step instanceof Step.Skew s) {
        c.skewed = !s.offset().isZero();
      } else if (step instanceof Step.Latency l) {
        c.slow = !l.delay().isZero();
      } else if (step instanceof Step.Fault f) {
        c.faultUntil = c.now.plus(f.duration());
      } else if (step instanceof Step.Wait w) {
        c.now = c.now.plus(w.duration());
      } else if (step.callsTheApp()) {
        most = Math.max(most, c.atOnce());
      }
    }
    return most;
  }

  @Test
  void mostScenariosMakeACallUnderTwoConditionsAtOnceOrUseAShortLifetime() {
    ScenarioGenerator generator = new ScenarioGenerator();
    int twoAtOnce = 0;
    int shortLifetimes = 0;
    int combinedWithShort = 0;
    for (int k = 0; k < TRIES; k++) {
      Scenario s = generator.generate(Choices.random(3, k));
      boolean two = mostAtOnce(s) >= 2;
      boolean shorter = s.world().credentialsTtl().compareTo(WorldSpec.DEFAULT_CREDENTIALS_TTL)
          < 0 || s.world().loginTokenTtl().compareTo(WorldSpec.DEFAULT_LOGIN_TOKEN_TTL) < 0;
      twoAtOnce += two ? 1 : 0;
      shortLifetimes += shorter ? 1 : 0;
      combinedWithShort += two && shorter ? 1 : 0;
    }
    System.out.printf("of %d generated scenarios: %d make a call under two or more of skew, "
        + "latency and a fault at once; %d have shorter lifetimes than the default; %d both%n",
        TRIES, twoAtOnce, shortLifetimes, combinedWithShort);
    assertTrue(twoAtOnce >= TRIES * 40 / 100, twoAtOnce + " of " + TRIES);
    assertTrue(shortLifetimes >= TRIES * 40 / 100, shortLifetimes + " of " + TRIES);
    assertTrue(combinedWithShort >= TRIES * 15 / 100, combinedWithShort + " of " + TRIES);
  }

  @Test
  void theCombinationActionsAreWhatMakesConditionsMeet() {
    int with = 0;
    int without = 0;
    ScenarioGenerator biased = new ScenarioGenerator();
    ScenarioGenerator oneAtATime = new ScenarioGenerator(0);
    for (int k = 0; k < TRIES; k++) {
      with += mostAtOnce(biased.generate(Choices.random(3, k))) >= 2 ? 1 : 0;
      without += mostAtOnce(oneAtATime.generate(Choices.random(3, k))) >= 2 ? 1 : 0;
    }
    System.out.printf("two or more conditions at once: %d of %d with combination actions, "
        + "%d without%n", with, TRIES, without);
    assertTrue(with >= without + TRIES / 10, with + " against " + without);
  }
}
