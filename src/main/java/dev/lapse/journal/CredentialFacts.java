package dev.lapse.journal;

import java.time.Instant;

/**
 * What the fake AWS knows of a credential set a request carried (or a response issued):
 * where it came from and how long it lived.
 *
 * @param accessKeyId the access key id (ASIA... for session credentials)
 * @param identityId  the Cognito identity it was issued for, or null (developer IAM keys)
 * @param issuedAt    virtual instant of issue
 * @param expiresAt   virtual instant of expiry, or null for keys that never expire
 * @param issuedBy    the operation that issued it, e.g. GetCredentialsForIdentity
 * @param fromToken   id of the login / web-identity token it was exchanged for, or null
 */
public record CredentialFacts(String accessKeyId, String identityId, Instant issuedAt,
    Instant expiresAt, String issuedBy, String fromToken) {

  public boolean expiredAt(Instant t) {
    return expiresAt != null && !t.isBefore(expiresAt);
  }
}
