package dev.lapse.internal.fuzz;

import dev.lapse.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Shrinks the choice sequence a failing scenario was generated from, as Hypothesis does: every
 * candidate is an edited sequence replayed through the generator, so every candidate is a
 * valid scenario (the app launched before it is called, and so on). A candidate is kept only
 * when it is smaller in shortlex order (shorter, or as long and lexicographically lower) and
 * still fails the same check, so each pass makes progress and the whole ends. Deterministic.
 */
final class ChoiceShrinker {
  private final ScenarioGenerator generator;
  private final FailureOracle oracle;
  private int[] best;
  private Scenario bestScenario;

  ChoiceShrinker(ScenarioGenerator generator, FailureOracle oracle, int[] start, Scenario scenario) {
    this.generator = generator;
    this.oracle = oracle;
    this.best = start.clone();
    this.bestScenario = scenario;
  }

  int[] best() {
    return best;
  }

  Scenario bestScenario() {
    return bestScenario;
  }

  /** Runs the passes until none improves (or the oracle's budget is spent). */
  void run() {
    boolean improved = true;
    while (improved && !oracle.exhausted()) {
      improved = deleteActions() | deleteBlocks() | zeroBlocks() | lowerEach();
    }
  }

  /** Deletes whole generated actions (their marked spans), last first. */
  private boolean deleteActions() {
    boolean any = false;
    List<Choices.Span> spans = spansOf(best);
    for (int i = spans.size() - 1; i >= 0 && !oracle.exhausted(); i--) {
      Choices.Span span = spans.get(i);
      if (span.end() <= best.length && tryCandidate(without(best, span.start(), span.end()))) {
        any = true;
        spans = spansOf(best);
        i = Math.min(i, spans.size());
      }
    }
    return any;
  }

  /** Deletes runs of 8, 4, 2 and 1 choices, from the end backwards. */
  private boolean deleteBlocks() {
    boolean any = false;
    for (int k = 8; k >= 1; k /= 2) {
      for (int i = best.length - k; i >= 0 && !oracle.exhausted(); i--) {
        if (i + k <= best.length && tryCandidate(without(best, i, i + k))) {
          any = true;
        }
      }
    }
    return any;
  }

  /** Sets runs of 8, 4 and 2 choices to zero: "the simplest option" for all of them at once. */
  private boolean zeroBlocks() {
    boolean any = false;
    for (int k = 8; k >= 2; k /= 2) {
      for (int i = best.length - k; i >= 0 && !oracle.exhausted(); i--) {
        if (i + k > best.length || Arrays.stream(best, i, i + k).allMatch(v -> v == 0)) {
          continue;
        }
        int[] candidate = best.clone();
        Arrays.fill(candidate, i, i + k, 0);
        any |= tryCandidate(candidate);
      }
    }
    return any;
  }

  /** Lowers each choice: to zero if that still fails, else the least value by binary search. */
  private boolean lowerEach() {
    boolean any = false;
    for (int i = 0; i < best.length && !oracle.exhausted(); i++) {
      int value = best[i];
      if (value == 0) {
        continue;
      }
      if (tryCandidate(with(best, i, 0))) {
        any = true;
        continue;
      }
      int lo = 0; // known to pass (or to be no smaller)
      int hi = value; // known to fail
      while (hi - lo > 1 && !oracle.exhausted() && i < best.length) {
        int mid = lo + (hi - lo) / 2;
        if (tryCandidate(with(best, i, mid))) {
          hi = mid;
          any = true;
        } else {
          lo = mid;
        }
      }
    }
    return any;
  }

  private boolean tryCandidate(int[] candidate) {
    Choices replay = Choices.replay(candidate);
    Scenario scenario = generator.generate(replay);
    int[] used = replay.sequence();
    if (!smaller(used, best) || !oracle.fails(scenario)) {
      return false;
    }
    best = used;
    bestScenario = scenario;
    return true;
  }

  private List<Choices.Span> spansOf(int[] sequence) {
    Choices replay = Choices.replay(sequence);
    generator.generate(replay);
    return replay.spans();
  }

  /** Shortlex: shorter first, then lexicographically lower. */
  static boolean smaller(int[] a, int[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }

  static int[] without(int[] a, int from, int to) {
    int[] out = new int[a.length - (to - from)];
    System.arraycopy(a, 0, out, 0, from);
    System.arraycopy(a, to, out, from, a.length - to);
    return out;
  }

  static int[] with(int[] a, int index, int value) {
    int[] out = a.clone();
    out[index] = value;
    return out;
  }
}
