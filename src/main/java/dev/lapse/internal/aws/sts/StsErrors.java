package dev.lapse.internal.aws.sts;

import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.SignatureCheck;

/** STS's words for a signed call that did not authenticate. */
final class StsErrors {
  private StsErrors() {}

  static AwsError fromSignature(SignatureCheck.Failed failed) {
    if (failed.expired()) {
      return new AwsError(403, "ExpiredToken",
          "The security token included in the request is expired");
    }
    return switch (failed.reason()) {
      case MISSING -> new AwsError(403, "MissingAuthenticationToken",
          "Request is missing Authentication Token");
      case MALFORMED -> new AwsError(400, "IncompleteSignature", failed.getMessage());
      case UNKNOWN_KEY, BAD_TOKEN -> new AwsError(403, "InvalidClientTokenId",
          "The security token included in the request is invalid.");
      case MISMATCH -> new AwsError(403, "SignatureDoesNotMatch", "The request signature we "
          + "calculated does not match the signature you provided. Check your AWS Secret Access "
          + "Key and signing method. Consult the service documentation for details.");
      default -> new AwsError(403, "SignatureDoesNotMatch", failed.getMessage());
    };
  }
}
