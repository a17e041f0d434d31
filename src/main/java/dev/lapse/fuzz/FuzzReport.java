package dev.lapse.fuzz;

import java.time.Duration;
import java.util.Optional;

/**
 * What a fuzz run did: how many tries, how fast, and the first failure (shrunk), if any.
 *
 * @param triesDone  tries run on this shard (fewer than planned if a failure or the time
 *                   budget stopped it)
 * @param simulated  virtual time the tries covered, shrinking excluded
 * @param searchNanos real time spent on the tries, shrinking excluded
 * @param wallNanos  real time spent, shrinking included
 */
public record FuzzReport(String provider, FuzzOptions options, int triesDone, int failures,
    Duration simulated, long searchNanos, long wallNanos, Optional<FuzzFailure> failure) {

  public boolean passed() {
    return failure.isEmpty();
  }

  /** Search speed: tries per second of real time, shrinking excluded. */
  public double triesPerSecond() {
    return triesDone / Math.max(searchNanos / 1e9, 1e-9);
  }
}
