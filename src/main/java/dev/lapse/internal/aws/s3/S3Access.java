package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.WorldSpec;

/**
 * What IAM decides once S3 knows who signed a request: the fake has no policies, only the two
 * refusals scenarios ask for, both answered as an explicit deny is ({@code 403 AccessDenied},
 * "Access Denied"): a session revoked by a {@code revoke} fault (IAM's "revoke active sessions"
 * adds a deny on {@code aws:TokenIssueTime}), and a guest's credentials at a bucket closed to
 * guests (a bucket policy that allows only the pool's authenticated role).
 */
final class S3Access {
  private final Authority authority;
  private final WorldSpec world;

  S3Access(Authority authority, WorldSpec world) {
    this.authority = authority;
    this.world = world;
  }

  void check(Exchange ex, String bucket, SignatureCheck.Signed signed) {
    IssuedCredentials creds = signed == null ? null : signed.credentials();
    if (creds == null) {
      return; // the developer's own IAM key: neither revocable here nor a guest
    }
    if (authority.revoked(creds)) {
      ex.entry().fault = FaultKind.REVOKE.keyword();
      throw S3Errors.accessDenied();
    }
    if (!world.guestsAllowed(bucket) && isGuest(creds)) {
      throw S3Errors.accessDenied();
    }
  }

  private boolean isGuest(IssuedCredentials creds) {
    return authority.identity(creds.facts().identityId()).map(i -> !i.authenticated())
        .orElse(false);
  }
}
