package dev.lapse.history;

import dev.lapse.scenario.Step;
import java.time.Instant;
import java.util.List;

/**
 * One executed scenario step: the step itself, when it ran, which journal entries it caused
 * (sequence numbers in {@code (seqBefore, seqAfter]}), and what its calls came to. Checks and
 * reports ask the step what it is ({@link Step#kind()}, {@link Step#lifecycleEvent()}).
 *
 * @param id     {@code 5} for a top-level step, {@code 7.2.1} for step 1 of the second
 *               round of the repeat at step 7
 * @param launch the launch number in force when the step began (0 before the first)
 * @param note   what went wrong running the step itself (provider threw, hung), or null
 */
public record StepRecord(String id, Step step, Instant startedAt, Instant endedAt,
    long seqBefore, long seqAfter, int launch, List<CallOutcome> calls, String note) {

  public StepRecord {
    calls = List.copyOf(calls);
  }

  /** The step's keyword: launch, terminate, wait, get, parallel, ... */
  public String kind() {
    return step.kind().keyword();
  }

  /** e.g. {@code get photos/cat.jpg} */
  public String description() {
    return step.describe();
  }

  public boolean covers(long seq) {
    return seq > seqBefore && seq <= seqAfter;
  }

  public String label() {
    return "step " + id + " (" + description() + ")";
  }
}
