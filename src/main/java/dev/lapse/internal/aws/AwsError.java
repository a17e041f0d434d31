package dev.lapse.internal.aws;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as AWS would send it, thrown by a service handler and rendered in the service's own
 * protocol (JSON for Cognito, XML for STS and S3). Cheap to throw: no stack trace, because
 * errors are the normal business of a fake that rejects expired tokens.
 */
public final class AwsError extends RuntimeException {
  /** Longest extra element (a CanonicalRequest with a 1,024-byte key fits with room). */
  static final int MAX_EXTRA = 16_384;

  private final int status;
  private final String code;
  private final Map<String, String> extras;
  private final Map<String, String> headers;

  public AwsError(int status, String code, String message) {
    this(status, code, message, Map.of(), Map.of());
  }

  public AwsError(int status, String code, String message, Map<String, String> extras,
      Map<String, String> headers) {
    // Messages echo request values; capped so no request can make an answer large.
    super(dev.lapse.journal.JournalEntry.cap(message), null, false, false);
    this.status = status;
    this.code = code;
    this.extras = new LinkedHashMap<>();
    extras.forEach((k, v) -> this.extras.put(k,
        v != null && v.length() > MAX_EXTRA ? v.substring(0, MAX_EXTRA) + "…" : v));
    this.headers = new LinkedHashMap<>(headers);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Extra elements S3 puts in its error document, in order (e.g. Region, StringToSign). */
  public Map<String, String> extras() {
    return extras;
  }

  /** Extra response headers (e.g. x-amz-bucket-region). */
  public Map<String, String> headers() {
    return headers;
  }
}
