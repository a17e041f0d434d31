package dev.lapse.run;

import dev.lapse.check.Violation;
import dev.lapse.history.RunRecord;
import dev.lapse.scenario.Scenario;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scenario for one provider: the history and the violations found in it,
 * or why it could not be judged.
 *
 * @param provider     the provider's short name or class name
 * @param inconclusive why the run could not be judged (a step was cut off by the real-time
 *                     limit and the rerun did not settle it), or null when it was judged
 * @param threadDump   the stack of the provider thread that was still running when a step was
 *                     cut off (for a {@code hangs} finding or an inconclusive run), or null
 */
public record RunResult(Scenario scenario, String provider, RunRecord record,
    List<Violation> violations, String inconclusive, String threadDump) {

  /** What a run came to: the three words of the table, the HTML, the JSON and JUnit XML. */
  public enum Outcome {
    PASS, FAIL, INCONCLUSIVE;

    public String word() {
      return name();
    }
  }

  public RunResult {
    violations = List.copyOf(violations);
  }

  public RunResult(Scenario scenario, String provider, RunRecord record,
      List<Violation> violations) {
    this(scenario, provider, record, violations, null, null);
  }

  /** Judged, and no check was violated. */
  public boolean passed() {
    return inconclusive == null && violations.isEmpty();
  }

  /** Judged, and some check was violated. */
  public boolean failed() {
    return inconclusive == null && !violations.isEmpty();
  }

  public boolean isInconclusive() {
    return inconclusive != null;
  }

  public Outcome outcome() {
    return isInconclusive() ? Outcome.INCONCLUSIVE : passed() ? Outcome.PASS : Outcome.FAIL;
  }

  /** {@code PASS}, {@code FAIL} or {@code INCONCLUSIVE}: the word every report uses. */
  public String verdict() {
    return outcome().word();
  }

  public Optional<Violation> firstViolation() {
    return violations.stream().findFirst();
  }

  /** Violations of one check, e.g. "no-expired-token". */
  public List<Violation> violationsOf(String check) {
    return violations.stream().filter(v -> v.check().equals(check)).toList();
  }
}
