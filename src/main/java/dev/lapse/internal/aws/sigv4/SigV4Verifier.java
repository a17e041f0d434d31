package dev.lapse.internal.aws.sigv4;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a SigV4 header signature by recomputing it from the request as received. Stateless
 * and thread-safe. It does not judge the keys or the time (unknown key, expired token, skew):
 * the caller does that with its own clock and records.
 */
public final class SigV4Verifier {

  /**
   * The outcome, with the intermediate texts S3 echoes back in {@code SignatureDoesNotMatch}
   * ({@code CanonicalRequest}, {@code StringToSign}).
   *
   * @param amzDate the request timestamp as signed, {@code yyyyMMdd'T'HHmmss'Z'}
   */
  public record Verdict(
      boolean matches, String canonicalRequest, String stringToSign, String amzDate) {}

  private static final int MAX_CACHED_KEYS = 4096;
  private static final Map<String, byte[]> SIGNING_KEYS = new ConcurrentHashMap<>();

  private SigV4Verifier() {}

  /**
   * Recomputes the signature and compares it, in constant time, with {@code auth.signature()}.
   *
   * @param s3 true for S3's variant: path signed as sent, payload hash taken from the
   *     {@code x-amz-content-sha256} header (it may be {@code UNSIGNED-PAYLOAD} or
   *     {@code STREAMING-...}); false for every other service
   * @throws SigV4Exception when the request carries no usable date, or the credential date is not
   *     the day of X-Amz-Date (AWS rejects that before comparing signatures)
   */
  public static Verdict verify(
      SignedRequestView request, SigV4Authorization auth, String secretAccessKey, boolean s3) {
    String payloadHash = request.payloadHash();
    String declared = request.header(SignedRequestView.CONTENT_SHA256);
    if (s3 && declared != null) {
      payloadHash = declared;
    }
    return verify(request, auth, secretAccessKey, s3, signedTimestamp(request), payloadHash);
  }

  /**
   * Verifies a presigned URL: the same canonical request and key, with the timestamp from
   * {@code X-Amz-Date} in the query, the query as signed (without {@code X-Amz-Signature}) and
   * {@code UNSIGNED-PAYLOAD} as the payload hash, as S3's query-string authentication defines.
   *
   * @param request the request with {@link PresignedQuery#unsignedRawQuery()} as its query
   */
  public static Verdict verifyPresigned(SignedRequestView request, PresignedQuery presigned,
      String secretAccessKey) {
    return verify(request, presigned.auth(), secretAccessKey, true, presigned.amzDate(),
        PresignedQuery.UNSIGNED_PAYLOAD);
  }

  private static Verdict verify(SignedRequestView request, SigV4Authorization auth,
      String secretAccessKey, boolean s3, String amzDate, String payloadHash) {
    if (!amzDate.startsWith(auth.date())) {
      throw new SigV4Exception(
          Reason.MALFORMED,
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '" + auth.date() + "' != '" + amzDate.substring(0, 8) + "', from '"
              + amzDate + "'.",
          "The authorization header is malformed; Invalid credential date. Date is not the same"
              + " as X-Amz-Date.");
    }
    String canonicalRequest = CanonicalRequest.build(request, auth, s3, payloadHash);
    String stringToSign = stringToSign(amzDate, auth.scope(), canonicalRequest);
    byte[] key = signingKey(secretAccessKey, auth.date(), auth.region(), auth.service());
    String expected = SigV4Crypto.hex(SigV4Crypto.hmac(key, stringToSign));
    boolean matches = SigV4Crypto.constantTimeEquals(expected, auth.signature());
    return new Verdict(matches, canonicalRequest, stringToSign, amzDate);
  }

  /**
   * The SigV4 key derivation: HMAC chain "AWS4"+secret, date, region, service, aws4_request.
   * Remembered per secret, date, region and service (as signers do): the chain is four HMACs,
   * the single most expensive step of verifying a request, and its inputs change once a day.
   */
  public static byte[] signingKey(String secret, String date, String region, String service) {
    String cacheKey = secret + '\n' + date + '\n' + region + '\n' + service;
    byte[] cached = SIGNING_KEYS.get(cacheKey);
    if (cached != null) {
      return cached.clone();
    }
    byte[] key = deriveSigningKey(secret, date, region, service);
    if (SIGNING_KEYS.size() >= MAX_CACHED_KEYS) {
      SIGNING_KEYS.clear(); // crude bound; a fuzz run issues many keys
    }
    SIGNING_KEYS.put(cacheKey, key.clone());
    return key;
  }

  private static byte[] deriveSigningKey(String secret, String date, String region,
      String service) {
    byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
    for (String step : new String[] {date, region, service, "aws4_request"}) {
      key = SigV4Crypto.hmac(key, step);
    }
    return key;
  }

  /** {@code AWS4-HMAC-SHA256\n<amzDate>\n<scope>\n<hex sha256 of canonical request>}. */
  public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
        + SigV4Crypto.sha256Hex(canonicalRequest);
  }

  /**
   * The timestamp that went into the string to sign: X-Amz-Date as sent, or the Date header
   * rewritten in the basic ISO format when there is no X-Amz-Date.
   */
  private static String signedTimestamp(SignedRequestView request) {
    Instant time = SigV4Dates.requestTime(request);
    String amzDate = request.header("x-amz-date");
    return amzDate != null ? amzDate.strip() : SigV4Dates.formatAmzDate(time);
  }
}
