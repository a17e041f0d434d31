package dev.lapse.scenario;

import java.util.List;

/** A bare list of steps: the body handed to {@code repeat} and {@code parallel} lambdas. */
public final class StepsBuilder extends StepSequence<StepsBuilder> {
  private StepsBuilder(List<StepDraft> drafts) {
    super(drafts);
  }

  static StepsBuilder empty() {
    return new StepsBuilder(List.of());
  }

  @Override
  StepsBuilder withDrafts(List<StepDraft> drafts) {
    return new StepsBuilder(drafts);
  }
}
