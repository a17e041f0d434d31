package dev.lapse.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a fuzz run did: how many tries, how fast, and the first failure (shrunk), if any.
 *
 * @param triesDone  tries run on this shard (fewer than planned if a failure or the time
 *                   budget stopped it)
 * @param simulated  virtual time the tries covered, shrinking excluded
 * @param searchNanos real time spent on the tries, shrinking excluded
 * @param wallNanos  real time spent, shrinking included
 * @param flaky      tries whose failure did not come back on a rerun ("flaky: depends on
 *                   real time", with what differed) or that could not be judged; not
 *                   failures, and the search went on past them
 */
public record FuzzReport(String provider, FuzzOptions options, int triesDone, int failures,
    Duration simulated, long searchNanos, long wallNanos, Optional<FuzzFailure> failure,
    List<String> flaky) {

  public FuzzReport {
    flaky = List.copyOf(flaky);
  }

  public FuzzReport(String provider, FuzzOptions options, int triesDone, int failures,
      Duration simulated, long searchNanos, long wallNanos, Optional<FuzzFailure> failure) {
    this(provider, options, triesDone, failures, simulated, searchNanos, wallNanos, failure,
        List.of());
  }

  public boolean passed() {
    return failure.isEmpty();
  }

  /** Search speed: tries per second of real time, shrinking excluded. */
  public double triesPerSecond() {
    return triesDone / Math.max(searchNanos / 1e9, 1e-9);
  }
}
