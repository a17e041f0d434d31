package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzProgress;

import dev.lapse.check.Violation;
import dev.lapse.clock.WallClock;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.Optional;

/**
 * The shared state of one search over a shard's tries, for one or more workers. Tries are
 * handed out in order; once try j has failed, no try after j is handed out, and the tries
 * before j all finish, so the failure kept (the lowest j) and the counts reported are the
 * same whatever the number of workers. Thread-safe.
 */
final class TrySearch {
  record Found(int tryIndex, int[] choices, Scenario scenario, Violation violation) {}

  private final FuzzOptions options;
  private final long began;
  private final Long deadline;
  private final FuzzProgress progress;
  private final int planned;
  private final Duration[] simulated;
  private int next;
  private int finished;
  private Found first;
  private int firstJ = Integer.MAX_VALUE;
  private Throwable workerFailure;
  private final java.util.TreeMap<Integer, String> flaky = new java.util.TreeMap<>();

  TrySearch(FuzzOptions options, long began, FuzzProgress progress) {
    this.options = options;
    this.began = began;
    this.deadline = options.timeBudget() == null ? null : began + options.timeBudget().toNanos();
    this.progress = progress;
    this.planned = options.triesInShard();
    this.simulated = new Duration[planned];
  }

  FuzzOptions options() {
    return options;
  }

  /** The shard's try index of the j-th try of this shard. */
  int tryIndex(int j) {
    return options.shard() + j * options.shards();
  }

  /** The next try for a worker, or -1 when there is none (all taken, failed, out of time). */
  synchronized int take() {
    boolean outOfTime = deadline != null && WallClock.nanos() - deadline > 0;
    if (next >= planned || next > firstJ || outOfTime || workerFailure != null) {
      return -1;
    }
    return next++;
  }

  synchronized void finished(int j, Duration simulatedTime, Found failure) {
    simulated[j] = simulatedTime;
    finished++;
    if (failure != null && j < firstJ) {
      firstJ = j;
      first = failure;
    }
    progress.tried(finished, planned, first == null ? 0 : 1, WallClock.nanos() - began);
  }

  /** A try whose failure did not reproduce (or that could not be judged): noted, not kept. */
  synchronized void flaky(int j, String what) {
    flaky.put(j, what);
  }

  /** The flaky tries among those counted in {@link #done()}, in try order. */
  synchronized java.util.List<String> flakyTries() {
    int upTo = first == null ? Integer.MAX_VALUE : firstJ;
    return java.util.List.copyOf(flaky.headMap(upTo, true).values());
  }

  synchronized void workerFailed(Throwable e) {
    if (workerFailure == null) {
      workerFailure = e;
    }
  }

  synchronized void rethrowWorkerFailure() {
    if (workerFailure instanceof RuntimeException e) {
      throw e;
    }
    if (workerFailure instanceof Error e) {
      throw e;
    }
  }

  synchronized Optional<Found> first() {
    return Optional.ofNullable(first);
  }

  /** Tries counted in the report: up to and including the failure, else all that finished. */
  synchronized int done() {
    return first == null ? finished : firstJ + 1;
  }

  /** Virtual time of the tries counted in {@link #done()}. */
  synchronized Duration simulated() {
    Duration total = Duration.ZERO;
    int upTo = first == null ? simulated.length : firstJ + 1;
    for (int j = 0; j < upTo; j++) {
      if (simulated[j] != null) {
        total = total.plus(simulated[j]);
      }
    }
    return total;
  }
}
