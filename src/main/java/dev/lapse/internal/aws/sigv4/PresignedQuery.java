package dev.lapse.internal.aws.sigv4;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SigV4 material of a presigned URL: the {@code X-Amz-*} query parameters that stand in
 * for the Authorization and X-Amz-Date headers. Parsed from the query as sent, and refused in
 * S3's words ({@code AuthorizationQueryParametersError}) when incomplete or out of range. The
 * signature itself is checked by {@link SigV4Verifier}, the same one header-signed requests go
 * through: only where the parts come from differs.
 *
 * @param auth              credential scope, signed headers and signature, as from a header
 * @param amzDate           {@code X-Amz-Date} as sent, for the string to sign
 * @param signedAt          {@code X-Amz-Date} parsed
 * @param lifetime          {@code X-Amz-Expires}
 * @param securityToken     {@code X-Amz-Security-Token}, or null
 * @param unsignedRawQuery  the query as sent without {@code X-Amz-Signature}: what was signed
 */
public record PresignedQuery(SigV4Authorization auth, String amzDate, Instant signedAt,
    Duration lifetime, String securityToken, String unsignedRawQuery) {

  /** The longest link S3 accepts: seven days. */
  public static final Duration MAX_LIFETIME = Duration.ofSeconds(604_800);
  /** What a presigned request's payload hash always is. */
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  private static final String SIGNATURE = "X-Amz-Signature";
  private static final List<String> REQUIRED = List.of("X-Amz-Algorithm", "X-Amz-Credential",
      SIGNATURE, "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires");

  /** True when a query names any part of query-string authentication. */
  public static boolean present(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return false;
    }
    for (String pair : rawQuery.split("&")) {
      if (isAuthParameter(pair.split("=", 2)[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code X-Amz-Algorithm}, {@code -Credential} and the rest: not an operation's parameter. JS
   * SDK v3's presigner also puts {@code X-Amz-Content-Sha256=UNSIGNED-PAYLOAD} in the query.
   */
  public static boolean isAuthParameter(String name) {
    return REQUIRED.contains(name) || "X-Amz-Security-Token".equals(name)
        || "X-Amz-Content-Sha256".equals(name);
  }

  /**
   * @throws SigV4Exception MALFORMED, worded as S3's AuthorizationQueryParametersError, when a
   *     parameter is missing, malformed or out of range
   */
  public static PresignedQuery parse(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    StringBuilder unsigned = new StringBuilder();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] nameValue = pair.split("=", 2);
      String name = UriEncoding.percentDecode(nameValue[0]);
      params.putIfAbsent(name, nameValue.length < 2 ? "" : UriEncoding.percentDecode(nameValue[1]));
      if (!SIGNATURE.equals(name)) {
        unsigned.append(unsigned.length() == 0 ? "" : "&").append(pair);
      }
    }
    if (!params.keySet().containsAll(REQUIRED)) {
      throw refused("Query-string authentication version 4 requires the X-Amz-Algorithm,"
          + " X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and"
          + " X-Amz-Expires parameters.");
    }
    if (!SigV4Authorization.ALGORITHM.equals(params.get("X-Amz-Algorithm"))) {
      throw refused("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
    }
    Duration lifetime = lifetime(params.get("X-Amz-Expires"));
    String amzDate = params.get("X-Amz-Date");
    Instant signedAt;
    try {
      signedAt = SigV4Dates.parseAmzDate(amzDate);
    } catch (SigV4Exception e) {
      throw refused("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
    }
    SigV4Authorization auth;
    try {
      auth = SigV4Authorization.parse(SigV4Authorization.ALGORITHM
          + " Credential=" + params.get("X-Amz-Credential")
          + ", SignedHeaders=" + params.get("X-Amz-SignedHeaders")
          + ", Signature=" + params.get(SIGNATURE));
    } catch (SigV4Exception e) {
      throw refused("Error parsing the X-Amz-Credential parameter; the Credential is mal-formed;"
          + " expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
    }
    return new PresignedQuery(auth, amzDate, signedAt, lifetime,
        params.get("X-Amz-Security-Token"), unsigned.toString());
  }

  private static Duration lifetime(String value) {
    long seconds;
    try {
      seconds = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw refused("X-Amz-Expires should be a number");
    }
    if (seconds < 0) {
      throw refused("X-Amz-Expires must be non-negative");
    }
    if (seconds > MAX_LIFETIME.toSeconds()) {
      throw refused("X-Amz-Expires must be less than a week (in seconds); that is, the given"
          + " X-Amz-Expires must be less than 604800 seconds");
    }
    return Duration.ofSeconds(seconds);
  }

  private static SigV4Exception refused(String message) {
    return new SigV4Exception(Reason.MALFORMED, message);
  }
}
