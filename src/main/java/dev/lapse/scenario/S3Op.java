package dev.lapse.scenario;

import java.util.Optional;

/** The S3 operations a scenario can make; the YAML step keyword is the lower-case name. */
public enum S3Op implements YamlNamed {
  GET, PUT, HEAD, DELETE, LIST;

  @Override
  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<S3Op> fromYaml(String name) {
    return YamlNamed.find(S3Op.class, name);
  }
}
