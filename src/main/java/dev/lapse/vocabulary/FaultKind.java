package dev.lapse.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** What an injected fault does to the requests it catches. */
public enum FaultKind implements Keyword {
  /** The connection is reset: the client sees an I/O error and may retry. */
  DOWN,
  /** The request is answered normally but judged the world's {@code slowBy} later. */
  SLOW,
  /** The service answers with its internal-error response (HTTP 500). */
  ERROR,
  /** The service answers with its throttling error. */
  THROTTLE,
  /**
   * What the app holds is revoked at the fault's start, for good: on {@code s3}, every
   * credential set issued so far is refused with {@code AccessDenied} (as after IAM's "revoke
   * active sessions"); on {@code cognito}, every login token issued so far is refused with
   * {@code NotAuthorizedException}. What is issued afterwards works. Other targets hold nothing
   * to revoke. The fault's {@code for} is the time the app is given to recover: calls made
   * within it may fail.
   */
  REVOKE;

  /** Whether this kind can be injected into {@code target}. */
  public boolean appliesTo(FaultTarget target) {
    return this != REVOKE || target == FaultTarget.S3 || target == FaultTarget.COGNITO;
  }

  /** Why this kind cannot be injected into {@code target} (when {@link #appliesTo} is false). */
  public String refusal(FaultTarget target) {
    return "a " + keyword() + " fault applies to s3 (the credentials issued so far) or cognito"
        + " (the login tokens issued so far), not " + target.keyword();
  }

  @Override
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FaultKind> fromKeyword(String keyword) {
    return Keyword.find(FaultKind.class, keyword);
  }
}
