package dev.lapse.fuzz;

import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing scenario's steps directly, after {@link ChoiceShrinker} has done what it
 * can through the generator: drops single steps, merges neighbouring waits, and binary-searches
 * each duration and count down to the least value that still fails. Searching a wait between
 * "passes" and "fails" ends on the boundary the provider trips over (50m for a provider that
 * refreshes 10 minutes early, 1h for one that waits for expiry), not on zero. Every candidate
 * is strictly smaller (fewer steps, or one value lower), so the passes end. Deterministic.
 */
final class StepShrinker {
  private static final Duration SECOND = Duration.ofSeconds(1);

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

  private boolean mergeWaits() {
    boolean any = false;
    for (int i = best.steps().size() - 2; i >= 0 && !oracle.exhausted(); i--) {
      if (i + 1 < best.steps().size() && best.steps().get(i) instanceof Step.Wait a
          && best.steps().get(i + 1) instanceof Step.Wait b) {
        List<Step> steps = new ArrayList<>(best.steps());
        steps.set(i, new Step.Wait(a.duration().plus(b.duration())));
        steps.remove(i + 1);
        any |= tryCandidate(steps);
      }
    }
    return any;
  }

  /** Waits, latencies, skews, fault lengths and burst sizes, each searched downwards. */
  private boolean lowerValues() {
    boolean any = false;
    for (int i = 0; i < best.steps().size() && !oracle.exhausted(); i++) {
      Step step = best.steps().get(i);
      if (step instanceof Step.Wait w) {
        any |= lowerDuration(i, w.duration(), Duration.ZERO, Step.Wait::new);
      } else if (step instanceof Step.Latency l) {
        any |= lowerDuration(i, l.delay(), Duration.ZERO, Step.Latency::new);
      } else if (step instanceof Step.Fault f) {
        any |= lowerDuration(i, f.duration(), SECOND,
            d -> new Step.Fault(f.target(), f.kind(), d));
      } else if (step instanceof Step.Skew s) {
        boolean behind = s.offset().isNegative();
        any |= lowerDuration(i, s.offset().abs(), SECOND,
            d -> new Step.Skew(behind ? d.negated() : d));
      } else if (step instanceof Step.Parallel p) {
        any |= lowerBurst(i, p);
      }
    }
    return any;
  }

  /**
   * The least duration in whole seconds from {@code floor} up that still fails, found by binary
   * search between a passing and a failing value. Failure need not be monotonic in the
   * duration; the search still ends on a value that fails next to one that does not.
   */
  private boolean lowerDuration(int index, Duration current, Duration floor,
      Function<Duration, Step> make) {
    long lo = floor.getSeconds() - 1; // treated as passing
    long hi = current.getSeconds(); // fails if current is whole seconds
    boolean any = false;
    if (!current.equals(Duration.ofSeconds(hi))) {
      if (!tryReplace(index, make.apply(Duration.ofSeconds(hi)))) {
        hi++; // the fraction mattered: search whole seconds above it
        if (Duration.ofSeconds(hi).compareTo(current) >= 0) {
          return false;
        }
      } else {
        any = true;
      }
    }
    while (hi - lo > 1 && !oracle.exhausted()) {
      long mid = lo + (hi - lo) / 2;
      if (Duration.ofSeconds(mid).compareTo(current) < 0
          && tryReplace(index, make.apply(Duration.ofSeconds(mid)))) {
        hi = mid;
        any = true;
      } else {
        lo = mid;
      }
    }
    return any;
  }

  private boolean lowerBurst(int index, Step.Parallel p) {
    if (tryReplace(index, p.call())) {
      return true;
    }
    int lo = 1;
    int hi = p.count();
    boolean any = false;
    while (hi - lo > 1 && !oracle.exhausted()) {
      int mid = lo + (hi - lo) / 2;
      if (tryReplace(index, new Step.Parallel(mid, p.call()))) {
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
