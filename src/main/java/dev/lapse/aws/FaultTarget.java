package dev.lapse.aws;

/** A part of the fake world that a fault can be injected into. */
public enum FaultTarget {
  DEVELOPER_BACKEND("developer-backend"),
  COGNITO("cognito-identity"),
  STS("sts"),
  S3("s3");

  private final String service;

  FaultTarget(String service) {
    this.service = service;
  }

  /** The journal's service name for this target. */
  public String service() {
    return service;
  }

  public static FaultTarget forService(String service) {
    for (FaultTarget t : values()) {
      if (t.service.equals(service)) {
        return t;
      }
    }
    return null;
  }
}
