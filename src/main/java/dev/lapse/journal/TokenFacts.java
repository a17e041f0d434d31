package dev.lapse.journal;

import java.time.Instant;

/**
 * What the fake AWS knows of a login token (an OpenID token Cognito issued) a request carried
 * or a response issued.
 *
 * @param tokenId    a short stable id, e.g. {@code tok-3} (the JWT itself is long and unreadable)
 * @param kind       developer (GetOpenIdTokenForDeveloperIdentity) or openid (GetOpenIdToken)
 * @param identityId the identity the token speaks for
 * @param issuedAt   virtual instant of issue
 * @param expiresAt  virtual instant of expiry
 */
public record TokenFacts(String tokenId, String kind, String identityId, Instant issuedAt,
    Instant expiresAt) {

  public boolean expiredAt(Instant t) {
    return !t.isBefore(expiresAt);
  }
}
