package dev.lapse.scenario;

import java.util.Optional;

/** The fake service a fault step breaks. */
public enum FaultTarget implements YamlNamed {
  DEVELOPER_BACKEND("developer-backend"),
  COGNITO("cognito"),
  STS("sts"),
  S3("s3");

  private final String yamlName;

  FaultTarget(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }

  public static Optional<FaultTarget> fromYaml(String name) {
    return YamlNamed.find(FaultTarget.class, name);
  }
}
