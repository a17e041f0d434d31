package dev.lapse.journal;

/** The fake's judgements of one request, as enums so checks and reports can switch on them. */
public final class Verdicts {
  private Verdicts() {}

  /** What SigV4 verification concluded. */
  public enum Signature {
    /** The operation is unsigned by design (GetId, GetCredentialsForIdentity, ...). */
    UNSIGNED,
    VALID,
    MISSING,
    MALFORMED,
    UNKNOWN_KEY,
    MISMATCH,
    WRONG_REGION,
    WRONG_SERVICE,
    SKEWED,
    /** The session token was absent, unknown, or belongs to another key. */
    BAD_TOKEN,
    /** A presigned link used after its own X-Amz-Expires (S3: "Request has expired"). */
    LINK_EXPIRED,
    /**
     * A presigned link used more than 15 minutes before its own X-Amz-Date (S3: "Request is
     * not yet valid"): it was signed on a clock running ahead.
     */
    LINK_NOT_YET_VALID
  }

  /** Whether what the request presented (credentials, login token) was alive when judged. */
  public enum Expiry {
    /** The request presented nothing that expires. */
    NONE,
    VALID,
    EXPIRED
  }
}
