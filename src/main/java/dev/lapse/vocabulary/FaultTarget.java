package dev.lapse.vocabulary;

import java.util.Optional;

/** A part of the fake world that a fault can be injected into. */
public enum FaultTarget implements Keyword {
  DEVELOPER_BACKEND("developer-backend", Service.DEVELOPER_BACKEND),
  COGNITO("cognito", Service.COGNITO_IDENTITY),
  STS("sts", Service.STS),
  S3("s3", Service.S3);

  private final String keyword;
  private final Service service;

  FaultTarget(String keyword, Service service) {
    this.keyword = keyword;
    this.service = service;
  }

  @Override
  public String keyword() {
    return keyword;
  }

  /** The service whose requests the fault catches. */
  public Service service() {
    return service;
  }

  /** The target that faults {@code service}'s requests; empty for {@link Service#CONTROL}. */
  public static Optional<FaultTarget> of(Service service) {
    for (FaultTarget t : values()) {
      if (t.service == service) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public static Optional<FaultTarget> fromKeyword(String keyword) {
    return Keyword.find(FaultTarget.class, keyword);
  }
}
