package dev.lapse.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * How a faulted service misbehaves: DOWN refuses, SLOW answers late, ERROR answers 500,
 * THROTTLE answers with the service's throttling error.
 */
public enum FaultKind implements YamlNamed {
  DOWN, SLOW, ERROR, THROTTLE;

  @Override
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FaultKind> fromYaml(String name) {
    return YamlNamed.find(FaultKind.class, name);
  }
}
