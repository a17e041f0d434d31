package dev.lapse.fuzz;

import dev.lapse.check.Violation;
import dev.lapse.scenario.Scenario;

/**
 * A failure the fuzzer found and shrank.
 *
 * @param tryIndex  which try of the seed found it (from 0); rerun with {@code --tries tryIndex+1}
 * @param original  the generated scenario as it failed
 * @param shrunk    the smallest scenario found that fails the same check, named and described
 * @param violation the shrunk scenario's violation
 * @param shrinkRuns scenario runs spent shrinking
 */
public record FuzzFailure(long seed, int tryIndex, Scenario original, Scenario shrunk,
    Violation violation, int shrinkRuns) {

  /** A file name for the shrunk scenario: {@code fuzz-<provider>-seed<s>-try<k>.yaml}. */
  public String fileName() {
    return shrunk.name() + ".yaml";
  }
}
