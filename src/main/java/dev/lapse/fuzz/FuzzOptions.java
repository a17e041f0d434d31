package dev.lapse.fuzz;

import dev.lapse.internal.fuzz.Shrinker;

import java.time.Duration;

/**
 * How long and where to search. Immutable; every {@code with} returns a new value.
 *
 * @param tries      how many scenarios the whole run (all shards together) tries; default 1,000
 * @param seed       the seed; try k of seed s is the same scenario on every machine; default 1
 * @param timeBudget wall time after which no new try starts (null: none); shrinking a failure
 *                   found in time still completes
 * @param shard      this machine's shard index, from 0; try k belongs to shard {@code k % shards}
 * @param shards     how many machines share the tries; default 1
 * @param shrinkBudget most scenario runs spent shrinking a failure; default 600
 */
public record FuzzOptions(int tries, long seed, Duration timeBudget, int shard, int shards,
    int shrinkBudget) {

  public static final int DEFAULT_TRIES = 1_000;

  public FuzzOptions {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, found " + tries);
    }
    if (shards < 1 || shard < 0 || shard >= shards) {
      throw new IllegalArgumentException("shard must be i/n with 0 <= i < n, found "
          + shard + "/" + shards);
    }
    if (timeBudget != null && (timeBudget.isNegative() || timeBudget.isZero())) {
      throw new IllegalArgumentException("time budget must be positive, found " + timeBudget);
    }
    if (shrinkBudget < 0) {
      throw new IllegalArgumentException("shrink budget must not be negative");
    }
  }

  public static FuzzOptions defaults() {
    return new FuzzOptions(DEFAULT_TRIES, 1, null, 0, 1, Shrinker.DEFAULT_BUDGET);
  }

  public FuzzOptions withTries(int tries) {
    return new FuzzOptions(tries, seed, timeBudget, shard, shards, shrinkBudget);
  }

  public FuzzOptions withSeed(long seed) {
    return new FuzzOptions(tries, seed, timeBudget, shard, shards, shrinkBudget);
  }

  public FuzzOptions withTimeBudget(Duration timeBudget) {
    return new FuzzOptions(tries, seed, timeBudget, shard, shards, shrinkBudget);
  }

  public FuzzOptions withShard(int shard, int shards) {
    return new FuzzOptions(tries, seed, timeBudget, shard, shards, shrinkBudget);
  }

  public FuzzOptions withShrinkBudget(int shrinkBudget) {
    return new FuzzOptions(tries, seed, timeBudget, shard, shards, shrinkBudget);
  }

  /** How many of the tries belong to this shard. */
  public int triesInShard() {
    return tries <= shard ? 0 : (tries - shard + shards - 1) / shards;
  }
}
