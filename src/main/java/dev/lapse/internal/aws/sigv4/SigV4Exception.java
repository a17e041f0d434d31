package dev.lapse.internal.aws.sigv4;

import java.util.Objects;

/**
 * A request whose SigV4 material cannot even be checked: no Authorization header, one that does
 * not parse, an algorithm other than {@code AWS4-HMAC-SHA256}, an unreadable date, or broken
 * {@code aws-chunked} framing.
 *
 * <p>AWS words the same fault differently per protocol, so the exception carries both texts:
 * {@link #getMessage()} is the wording of the JSON/query services (STS, Cognito:
 * {@code IncompleteSignature}), {@link #s3Message()} the wording S3 puts in
 * {@code AuthorizationHeaderMalformed}. The caller picks the error code; this package knows no
 * HTTP.
 */
public final class SigV4Exception extends RuntimeException {

  /** Why the request could not be checked. */
  public enum Reason {
    /** A required header (Authorization, X-Amz-Date/Date) is absent. */
    MISSING,
    /** Present but not in the expected shape. */
    MALFORMED,
    /** An Authorization scheme other than AWS4-HMAC-SHA256. */
    UNSUPPORTED_ALGORITHM
  }

  private final Reason reason;
  private final String s3Message;

  public SigV4Exception(Reason reason, String message, String s3Message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.s3Message = Objects.requireNonNull(s3Message, "s3Message");
  }

  /** Same text for every protocol. */
  public SigV4Exception(Reason reason, String message) {
    this(reason, message, message);
  }

  public Reason reason() {
    return reason;
  }

  /** The message as S3 would word it. */
  public String s3Message() {
    return s3Message;
  }
}
