package dev.lapse.run;

import dev.lapse.check.Violation;
import dev.lapse.history.RunRecord;
import dev.lapse.scenario.Scenario;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scenario for one provider: the history and the violations found in it.
 *
 * @param provider the provider's short name or class name
 */
public record RunResult(Scenario scenario, String provider, RunRecord record,
    List<Violation> violations) {

  public RunResult {
    violations = List.copyOf(violations);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  public Optional<Violation> firstViolation() {
    return violations.stream().findFirst();
  }

  /** Violations of one check, e.g. "no-expired-token". */
  public List<Violation> violationsOf(String check) {
    return violations.stream().filter(v -> v.check().equals(check)).toList();
  }
}
