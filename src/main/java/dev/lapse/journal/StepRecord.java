package dev.lapse.journal;

import java.time.Instant;
import java.util.List;

/**
 * One executed scenario step: when it ran, which journal entries it caused (sequence numbers
 * in {@code (seqBefore, seqAfter]}), and what its calls came to.
 *
 * @param id          {@code 5} for a top-level step, {@code 7.2.1} for step 1 of the second
 *                    round of the repeat at step 7
 * @param kind        launch, terminate, wait, get, parallel, ...
 * @param description e.g. {@code get photos/cat.jpg}
 * @param launch      the launch number in force when the step began (0 before the first)
 * @param note        what went wrong running the step itself (provider threw, hung), or null
 */
public record StepRecord(String id, String kind, String description, Instant startedAt,
    Instant endedAt, long seqBefore, long seqAfter, int launch, List<CallOutcome> calls,
    String note) {

  public StepRecord {
    calls = List.copyOf(calls);
  }

  public boolean covers(long seq) {
    return seq > seqBefore && seq <= seqAfter;
  }

  public String label() {
    return "step " + id + " (" + description + ")";
  }
}
