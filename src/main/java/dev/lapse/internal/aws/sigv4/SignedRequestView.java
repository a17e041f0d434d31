package dev.lapse.internal.aws.sigv4;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the verifier needs of an HTTP request, independent of any server library.
 *
 * @param rawPath the path exactly as sent, still percent-encoded ({@code /bucket/a%20b})
 * @param rawQuery the query exactly as sent, without {@code ?}; null or empty when there is none
 * @param headers header names are lower-cased here so lookups are case-insensitive; values of a
 *     repeated header keep their order
 * @param payloadHash hex SHA-256 of the body as received; when the body was not hashed, the
 *     {@code x-amz-content-sha256} value instead. Every service but S3 signs this value; S3 signs
 *     its {@code x-amz-content-sha256} header (see {@link SigV4Verifier})
 */
public record SignedRequestView(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    String payloadHash) {

  public static final String CONTENT_SHA256 = "x-amz-content-sha256";

  public SignedRequestView {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(payloadHash, "payloadHash");
    Map<String, List<String>> lowerCased = new TreeMap<>();
    headers.forEach(
        (name, values) ->
            lowerCased
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
    lowerCased.replaceAll((name, values) -> List.copyOf(values));
    headers = Collections.unmodifiableMap(lowerCased);
  }

  /**
   * A view of a request with its body. The payload hash is the hex SHA-256 of {@code body}; only
   * when the body is null (not kept, or streamed elsewhere) does it fall back to the request's
   * {@code x-amz-content-sha256} value. Hashing the body even when that header is present is what
   * lets a non-S3 service notice a body that was changed after signing.
   *
   * @throws IllegalArgumentException when the body is null and there is no x-amz-content-sha256
   */
  public static SignedRequestView of(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    SignedRequestView withoutHash =
        new SignedRequestView(method, rawPath, rawQuery, headers, "");
    String payloadHash;
    if (body != null) {
      payloadHash = SigV4Crypto.sha256Hex(body);
    } else if (withoutHash.header(CONTENT_SHA256) != null) {
      payloadHash = withoutHash.header(CONTENT_SHA256);
    } else {
      throw new IllegalArgumentException("no body and no " + CONTENT_SHA256 + " header");
    }
    return new SignedRequestView(method, rawPath, rawQuery, withoutHash.headers(), payloadHash);
  }

  /** The first value of a header, or null. The name is matched case-insensitively. */
  public String header(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** All values of a header, in the order received; empty when absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * True when {@code x-amz-content-sha256} claims a hex hash that differs from the body's: S3
   * answers that with 400 {@code XAmzContentSHA256Mismatch} before looking at the signature.
   * False for the symbolic values ({@code UNSIGNED-PAYLOAD}, {@code STREAMING-...}).
   */
  public boolean declaredContentHashMismatch() {
    String declared = header(CONTENT_SHA256);
    return declared != null
        && declared.matches("[0-9a-fA-F]{64}")
        && !declared.equalsIgnoreCase(payloadHash);
  }
}
