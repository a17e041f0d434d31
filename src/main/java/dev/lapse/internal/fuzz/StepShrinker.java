package dev.lapse.internal.fuzz;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import dev.lapse.scenario.Lowering;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shrinks a failing scenario's steps directly, after {@link ChoiceShrinker} has done what it
 * can through the generator: drops single steps, merges neighbouring waits, and binary-searches
 * each duration and count down to the least value that still fails. Searching a wait between
 * "passes" and "fails" ends on the boundary the provider trips over (50m for a provider that
 * refreshes 10 minutes early, 1h for one that waits for expiry), not on zero. Every candidate
 * is strictly smaller (fewer steps, or one value lower), so the passes end. Deterministic.
 */
final class StepShrinker {
  private final FailureOracle oracle;
  private Scenario best;

  StepShrinker(FailureOracle oracle, Scenario start) {
    this.oracle = oracle;
    this.best = start;
  }

  Scenario best() {
    return best;
  }

  void run() {
    boolean improved = true;
    while (improved && !oracle.exhausted()) {
      improved = dropSteps() | mergeWaits() | lowerValues();
    }
  }

  private boolean dropSteps() {
    boolean any = false;
    for (int i = best.steps().size() - 1; i >= 0 && !oracle.exhausted(); i--) {
      if (i < best.steps().size()) {
        List<Step> steps = new ArrayList<>(best.steps());
        steps.remove(i);
        any |= tryCandidate(steps);
      }
    }
    return any;
  }

  /** Neighbouring steps that make one ({@link Step#mergedWith}: two waits). */
  private boolean mergeWaits() {
    boolean any = false;
    for (int i = best.steps().size() - 2; i >= 0 && !oracle.exhausted(); i--) {
      if (i + 1 < best.steps().size()) {
        Optional<Step> merged = best.steps().get(i).mergedWith(best.steps().get(i + 1));
        if (merged.isPresent()) {
          List<Step> steps = new ArrayList<>(best.steps());
          steps.set(i, merged.get());
          steps.remove(i + 1);
          any |= tryCandidate(steps);
        }
      }
    }
    return any;
  }

  /**
   * Simpler stand-ins first (a burst's single call), then every value a step offers
   * ({@link Step#lowerings()}: waits, latencies, skews, fault lengths, burst sizes), each
   * searched downwards.
   */
  private boolean lowerValues() {
    boolean any = false;
    for (int i = 0; i < best.steps().size() && !oracle.exhausted(); i++) {
      Step step = best.steps().get(i);
      boolean replaced = false;
      for (Step simpler : step.simplerForms()) {
        if (!replaced && tryReplace(i, simpler)) {
          replaced = true;
        }
      }
      if (replaced) {
        any = true;
        continue;
      }
      for (Lowering lowering : step.lowerings()) {
        if (lower(i, lowering)) {
          any = true;
          break; // the step changed: its other lowerings are offered on the next pass
        }
      }
    }
    return any;
  }

  /**
   * The least value from the lowering's floor up that still fails, found by binary search
   * between a passing and a failing value. Failure need not be monotonic in the value; the
   * search still ends on a value that fails next to one that does not. A value with a
   * fraction (a wait of 1.5 s) first tries its whole part, and stays if that passes.
   */
  private boolean lower(int index, Lowering lowering) {
    long lo = lowering.floor() - 1; // treated as passing
    long hi = lowering.value(); // fails (the current value, or its whole part once tried)
    boolean any = false;
    if (lowering.fractional()) {
      if (!tryReplace(index, lowering.with().apply(hi))) {
        return false;
      }
      any = true;
    }
    while (hi - lo > 1 && !oracle.exhausted()) {
      long mid = lo + (hi - lo) / 2;
      if (tryReplace(index, lowering.with().apply(mid))) {
        hi = mid;
        any = true;
      } else {
        lo = mid;
      }
    }
    return any;
  }

  private boolean tryReplace(int index, Step step) {
    List<Step> steps = new ArrayList<>(best.steps());
    steps.set(index, step);
    return tryCandidate(steps);
  }

  private boolean tryCandidate(List<Step> steps) {
    if (steps.isEmpty() || !Script.wellFormed(steps)) {
      return false;
    }
    Scenario candidate = best.withSteps(steps);
    if (!oracle.fails(candidate)) {
      return false;
    }
    best = candidate;
    return true;
  }
}
