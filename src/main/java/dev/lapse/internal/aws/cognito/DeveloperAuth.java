package dev.lapse.internal.aws.cognito;

import dev.lapse.vocabulary.Service;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.WorldContext;

/**
 * Authenticates the developer-only Cognito calls (GetOpenIdTokenForDeveloperIdentity,
 * LookupDeveloperIdentity, DescribeIdentityPool): SigV4 for {@code cognito-identity} in the
 * pool's region, signed by the developer's IAM key. Session credentials handed to an app have
 * no IAM permission for these calls, as with the roles Cognito usually assumes.
 */
final class DeveloperAuth {
  private final WorldContext world;

  DeveloperAuth(WorldContext world) {
    this.world = world;
  }

  /** Returns normally only for a valid signature by the developer key. */
  void authenticate(Exchange ex, String operation) {
    SignatureCheck.Signed signed;
    try {
      // The skew check is off: SDK clients sign with wall time, not the virtual clock.
      signed = SignatureCheck.verify(ex, world.authority(), Service.COGNITO_IDENTITY.journalName(),
          world.config().cognitoRegion(), false, false);
    } catch (SignatureCheck.Failed failed) {
      throw CognitoErrors.fromSignature(failed);
    }
    if (signed.credentials() != null) {
      String role = signed.credentials().roleArn();
      String roleName = role == null ? "unknown" : role.substring(role.lastIndexOf('/') + 1);
      throw CognitoErrors.of("AccessDeniedException", "User: arn:aws:sts::123456789012:"
          + "assumed-role/" + roleName + "/CognitoIdentityCredentials is not authorized to "
          + "perform: cognito-identity:" + operation + " on resource: arn:aws:cognito-identity:"
          + world.config().cognitoRegion() + ":123456789012:identitypool/"
          + world.config().identityPoolId());
    }
  }
}
