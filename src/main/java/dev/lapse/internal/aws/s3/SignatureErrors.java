package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.HttpDates;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.SignatureCheck.Failed;
import dev.lapse.internal.aws.sigv4.SigV4Authorization;
import dev.lapse.internal.aws.sigv4.SigV4Verifier;
import java.time.Instant;
import java.util.Map;

/** Words a refused signature the way S3 does; each reason has its own code and extras. */
final class SignatureErrors {
  private static final String UNSUPPORTED = "Unsupported Authorization Type";

  private SignatureErrors() {}

  /**
   * @param bucketKnown whether the bucket exists: an anonymous request for a missing bucket
   *                    learns that it is missing, for an existing one only "Access Denied"
   */
  static AwsError of(Failed failed, String sessionToken, String bucket, boolean bucketKnown,
      Instant judgedAt, dev.lapse.journal.PresignFacts link) {
    SigV4Authorization auth = failed.auth();
    String akid = auth == null ? null : auth.accessKeyId();
    if (failed.expired()) {
      return new AwsError(400, "ExpiredToken", "The provided token has expired.",
          S3Errors.ordered("Token-0", sessionToken), Map.of());
    }
    return switch (failed.reason()) {
      case MISSING -> bucketKnown ? S3Errors.accessDenied() : S3Errors.noSuchBucket(bucket);
      case UNKNOWN_KEY -> new AwsError(403, "InvalidAccessKeyId",
          "The AWS Access Key Id you provided does not exist in our records.",
          S3Errors.ordered("AWSAccessKeyId", akid), Map.of());
      case BAD_TOKEN -> new AwsError(400, "InvalidToken",
          "The provided token is malformed or otherwise invalid.",
          S3Errors.ordered("Token-0", sessionToken), Map.of());
      case MISMATCH -> mismatch(akid, auth.signature(), failed.verdict());
      case SKEWED -> new AwsError(403, "RequestTimeTooSkewed",
          "The difference between the request time and the current time is too large.",
          S3Errors.ordered("RequestTime", failed.verdict() == null ? null
                  : failed.verdict().amzDate(),
              "ServerTime", HttpDates.iso(judgedAt),
              "MaxAllowedSkewMilliseconds",
              String.valueOf(SignatureCheck.MAX_SKEW.toMillis())), Map.of());
      case LINK_EXPIRED -> S3Errors.linkExpired(link, judgedAt);
      case LINK_NOT_YET_VALID -> S3Errors.linkNotYetValid(link, judgedAt);
      case MALFORMED -> failed.presigned() ? S3Errors.queryParameters(failed.getMessage())
          : malformed(failed.getMessage());
      case WRONG_SERVICE -> new AwsError(400, "AuthorizationHeaderMalformed",
          "The authorization header is malformed; incorrect service \"" + auth.service()
              + "\". This endpoint belongs to \"s3\".");
      default -> malformed(failed.getMessage());
    };
  }

  private static AwsError malformed(String message) {
    if (UNSUPPORTED.equals(message)) { // SigV2, Bearer, ...: S3 names the argument
      return S3Errors.invalidArgument(UNSUPPORTED, "Authorization", null);
    }
    return new AwsError(400, "AuthorizationHeaderMalformed", message);
  }

  private static AwsError mismatch(String akid, String provided, SigV4Verifier.Verdict verdict) {
    return new AwsError(403, "SignatureDoesNotMatch", S3Errors.SIGNATURE_MISMATCH,
        S3Errors.ordered("AWSAccessKeyId", akid,
            "StringToSign", verdict.stringToSign(),
            "SignatureProvided", provided,
            "CanonicalRequest", verdict.canonicalRequest()), Map.of());
  }
}
