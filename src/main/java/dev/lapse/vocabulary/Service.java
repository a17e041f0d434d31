package dev.lapse.vocabulary;

/** A part of the fake world that answers requests, by the name the journal gives it. */
public enum Service {
  DEVELOPER_BACKEND("developer-backend"),
  COGNITO_IDENTITY("cognito-identity"),
  STS("sts"),
  S3("s3"),
  /** Lapse's own {@code /__lapse/} endpoints: not AWS, never faulted. */
  CONTROL("control");

  private final String journalName;

  Service(String journalName) {
    this.journalName = journalName;
  }

  /** The name journals and reports print: {@code cognito-identity}, {@code s3}, ... */
  public String journalName() {
    return journalName;
  }

  @Override
  public String toString() {
    return journalName;
  }
}
