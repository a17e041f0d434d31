package dev.lapse.fuzz;

/** Told after every try, so a console can draw progress. Called on the fuzzing thread. */
@FunctionalInterface
public interface FuzzProgress {
  FuzzProgress NONE = (done, planned, failures, elapsedNanos) -> { };

  /**
   * @param done         tries finished on this shard
   * @param planned      tries this shard will run unless stopped early
   * @param failures     failures found so far
   * @param elapsedNanos real time since the run began
   */
  void tried(int done, int planned, int failures, long elapsedNanos);

  /** A failure was found and is being shrunk (which takes a while); default: nothing. */
  default void shrinking(int tryIndex, int steps) {}
}
