package dev.lapse.internal.aws.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The forms of {@code x-amz-content-sha256}: how a request's body was (or was not) signed. */
enum PayloadForm {
  /** A hex SHA-256 of the whole body, signed in the header signature. */
  SIGNED_HASH(null, false, false),
  UNSIGNED("UNSIGNED-PAYLOAD", false, false),
  STREAMING_UNSIGNED_TRAILER("STREAMING-UNSIGNED-PAYLOAD-TRAILER", true, false),
  STREAMING_SIGNED("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", true, true),
  STREAMING_SIGNED_TRAILER("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", true, true);

  private final String headerValue;
  private final boolean chunked;
  private final boolean signedChunks;

  PayloadForm(String headerValue, boolean chunked, boolean signedChunks) {
    this.headerValue = headerValue;
    this.chunked = chunked;
    this.signedChunks = signedChunks;
  }

  /** The body is {@code aws-chunked} and must be decoded. */
  boolean chunked() {
    return chunked;
  }

  /** Each chunk carries a signature chained from the header's. */
  boolean signedChunks() {
    return signedChunks;
  }

  /** The form a header value names; null for a value S3 does not accept (or no header). */
  static PayloadForm of(String headerValue) {
    if (headerValue == null) {
      return null;
    }
    if (isHexHash(headerValue)) {
      return SIGNED_HASH;
    }
    for (PayloadForm form : values()) {
      if (headerValue.equals(form.headerValue)) {
        return form;
      }
    }
    return null;
  }

  static boolean isKnown(String headerValue) {
    return of(headerValue) != null;
  }

  static boolean isHexHash(String value) {
    if (value.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
