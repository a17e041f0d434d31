package dev.lapse.internal.fuzz;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.util.List;

/**
 * Builds a random scenario from {@link Choices}: a launch, then up to {@value #MAX_ACTIONS}
 * actions (about 20 steps on average) aimed at refresh boundaries: calls after waits that end
 * around expiry, relaunches and resumes across it, bursts at it, skew, latency, developer
 * backend faults, wiped keychains, a second region, and (about one action in five) several of
 * these at once ({@link Combinations}), since bugs hide where two conditions meet.
 *
 * <p>Each action is preceded by a "go on" choice, so a sequence of zeros is the shortest
 * scenario, and the choices of each action are marked as a span the shrinker can delete.
 * Every choice is valid in every state: the generator tracks the app's lifecycle and launches
 * or foregrounds the app before a call, so no generated scenario fails only because it called
 * an app that was not running. Stateless and thread-safe.
 */
public final class ScenarioGenerator {
  /** The most actions after launch; the "go on" chance makes about ten likely. */
  public static final int MAX_ACTIONS = 30;
  private static final int GO_ON_PERCENT = 91;
  /** The weight of a {@link Combinations} action among the others (which sum to 94). */
  static final int COMBINATION_WEIGHT = 24;

  private final int combinationWeight;

  public ScenarioGenerator() {
    this(COMBINATION_WEIGHT);
  }

  /** A generator with another weight for combination actions; 0 draws none (for tests). */
  ScenarioGenerator(int combinationWeight) {
    this.combinationWeight = combinationWeight;
  }

  public Scenario generate(Choices c) {
    GeneratedWorlds.Drawn drawn = GeneratedWorlds.draw(c);
    Script s = new Script(drawn.twoRegions(), drawn.lifetimes());
    s.launch();
    for (int i = 0; i < MAX_ACTIONS; i++) {
      int start = c.position();
      if (!c.chance(GO_ON_PERCENT)) {
        break;
      }
      action(c, s);
      c.markSpan(start);
    }
    List<Step> steps = s.steps();
    return new Scenario("fuzz", "", drawn.world(), drawn.device(), steps,
        GeneratedChecks.expectFor(steps));
  }

  private void action(Choices c, Script s) {
    switch (c.weighted(10, 10, 25, 12, 10, 8, 6, 4, 6, 3, combinationWeight)) {
      case 0 -> s.call(Calls.single(c, s.twoRegions()));
      case 1 -> s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
      case 2 -> {
        s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
        s.call(Calls.single(c, s.twoRegions()));
      }
      case 3 -> relaunch(c, s);
      case 4 -> backgroundAndResume(c, s);
      case 5 -> {
        if (c.chance(70)) {
          s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
        }
        s.call(new Step.Parallel(Boundaries.burstSize(c), Calls.burst(c, s.twoRegions())));
      }
      case 6 -> {
        // Time passes after a skew: a provider that refreshes because the clock jumped back
        // must not look like two concurrent fetches to single-flight, which judges by instant.
        s.add(new Step.Skew(Boundaries.skew(c)));
        s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
      }
      case 7 -> s.add(new Step.Latency(Boundaries.latency(c)));
      case 8 -> fault(c, s);
      case 9 -> s.add(new Step.WipeKeychain());
      default -> Combinations.add(c, s);
    }
  }

  /** Terminate, stay closed for a while, and (usually) launch and call straight away. */
  private static void relaunch(Choices c, Script s) {
    s.terminate();
    s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
    if (c.chance(85)) {
      s.launch();
      if (c.chance(80)) {
        s.call(Calls.single(c, s.twoRegions()));
      }
    }
  }

  /** Suspend across a boundary and (usually) resume and call at once. */
  private static void backgroundAndResume(Choices c, Script s) {
    s.background();
    s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
    if (c.chance(80)) {
      s.foreground();
      if (c.chance(80)) {
        s.call(Calls.single(c, s.twoRegions()));
      }
    }
  }

  /** A service breaks for a while, mostly the developer backend, often during a refresh. */
  private static void fault(Choices c, Script s) {
    FaultTarget target = switch (c.weighted(70, 15, 10, 5)) {
      case 0 -> FaultTarget.DEVELOPER_BACKEND;
      case 1 -> FaultTarget.COGNITO;
      case 2 -> FaultTarget.S3;
      default -> FaultTarget.STS;
    };
    FaultKind kind = switch (c.weighted(35, 35, 15, 15)) {
      case 0 -> FaultKind.ERROR;
      case 1 -> FaultKind.DOWN;
      case 2 -> FaultKind.THROTTLE;
      default -> FaultKind.SLOW;
    };
    Duration length = Boundaries.FAULT_LENGTHS.get(c.draw(Boundaries.FAULT_LENGTHS.size()));
    s.add(new Step.Fault(target, kind, length));
    if (c.chance(60)) {
      s.call(Calls.single(c, s.twoRegions()));
    }
  }
}
