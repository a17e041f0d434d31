package dev.lapse.internal.aws.cognito;

import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.SignatureCheck;

/**
 * The errors the fake Cognito sends, worded as real Cognito words them (see AWS-WIRE.md).
 * All are HTTP 400 except InternalErrorException.
 */
final class CognitoErrors {
  static final String LOGINS_DONT_MATCH = "Logins don't match. Please include at least one "
      + "valid login for this identity or identity pool.";
  static final String NOT_OPENID_TOKEN =
      "Invalid login token. Not a valid OpenId Connect identity token.";

  private CognitoErrors() {}

  static AwsError of(String code, String message) {
    return new AwsError(400, code, message);
  }

  static AwsError notAuthorized(String message) {
    return of("NotAuthorizedException", message);
  }

  static AwsError invalidParameter(String message) {
    return of("InvalidParameterException", message);
  }

  static AwsError serialization(String message) {
    return of("SerializationException", message);
  }

  static AwsError poolNotFound(String poolId) {
    return of("ResourceNotFoundException", "IdentityPool '" + poolId + "' not found.");
  }

  static AwsError identityNotFound(String identityId) {
    return of("ResourceNotFoundException", "Identity '" + identityId + "' not found.");
  }

  /** The wording AWS's request validation uses; the member name is camelCase there. */
  static AwsError constraint(String field, Object value, String constraint) {
    String shown = value == null ? "null" : "'" + value + "'";
    return invalidParameter("1 validation error detected: Value " + shown + " at '"
        + camel(field) + "' failed to satisfy constraint: " + constraint);
  }

  /**
   * A member longer than the API allows. Cognito does not echo such a value, and neither does
   * Lapse: an echo is how a 2 MiB pool id once became 2 MB answers and 2 MB journal entries.
   */
  static AwsError tooLong(String field, int max) {
    return invalidParameter("1 validation error detected: Value at '" + camel(field)
        + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
  }

  static AwsError missing(String field) {
    return constraint(field, null, "Member must not be null");
  }

  /** Cognito's words for a signed call that did not authenticate. */
  static AwsError fromSignature(SignatureCheck.Failed failed) {
    if (failed.expired()) {
      return of("ExpiredTokenException", "The security token included in the request is expired");
    }
    return switch (failed.reason()) {
      case MISSING -> of("MissingAuthenticationTokenException", "Missing Authentication Token");
      case MALFORMED -> of("IncompleteSignatureException", failed.getMessage());
      case UNKNOWN_KEY, BAD_TOKEN -> of("UnrecognizedClientException",
          "The security token included in the request is invalid.");
      case MISMATCH -> of("InvalidSignatureException", "The request signature we calculated "
          + "does not match the signature you provided. Check your AWS Secret Access Key and "
          + "signing method. Consult the service documentation for details.");
      default -> of("InvalidSignatureException", failed.getMessage());
    };
  }

  private static String camel(String field) {
    return Character.toLowerCase(field.charAt(0)) + field.substring(1);
  }
}
