package dev.lapse.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A step as the builder records it: made into a {@link Step} only at {@code build()}, when
 * every bucket and client is known, because an S3 call's client depends on its bucket's region
 * and the builder lets buckets be declared after the steps that use them.
 */
@FunctionalInterface
interface StepDraft {
  /** @param number this step's number, e.g. {@code 4}, so a repeat can number its body */
  Step resolve(References refs, String number);

  /** Resolves in order; a failure names the step, e.g. {@code step 4.2: unknown bucket ...}. */
  static List<Step> resolveAll(List<StepDraft> drafts, References refs, String numberPrefix) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      String number = numberPrefix + (i + 1);
      try {
        steps.add(drafts.get(i).resolve(refs, number));
      } catch (NumberedProblem e) {
        throw e;
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new NumberedProblem("step " + number + ": " + e.getMessage());
      }
    }
    return steps;
  }

  /** Already says which step failed; inner failures must not be renumbered by outer steps. */
  final class NumberedProblem extends IllegalArgumentException {
    NumberedProblem(String message) {
      super(message);
    }
  }
}
