package dev.lapse.scenario;

import java.util.Optional;

/** The invariants a scenario can ask for, by their stable names. */
public enum CheckName implements YamlNamed {
  NO_EXPIRED_TOKEN("no-expired-token"),
  CALLS_SUCCEED("calls-succeed"),
  SINGLE_FLIGHT("single-flight"),
  REFRESH_BUDGET("refresh-budget"),
  STABLE_IDENTITY("stable-identity"),
  RIGHT_REGION("right-region"),
  QUIET_AFTER_TERMINATE("quiet-after-terminate");

  private final String yamlName;

  CheckName(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }

  public static Optional<CheckName> fromYaml(String name) {
    return YamlNamed.find(CheckName.class, name);
  }
}
