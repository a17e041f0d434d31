package dev.lapse.internal.aws.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The SigV4 streaming signature chain: each chunk's signature covers its data and the previous
 * signature, starting from the seed (the Authorization header's signature), so chunks cannot be
 * dropped, reordered or changed. The trailer signature continues the chain after the final chunk.
 */
final class ChunkSignatureChain {

  static final String TRAILER_SIGNATURE = "x-amz-trailer-signature";

  private ChunkSignatureChain() {}

  static boolean verify(
      AwsChunkedDecoder.DecodedBody body,
      byte[] signingKey,
      String amzDate,
      String scope,
      String seedSignature) {
    if (body.chunkSignatures().size() != body.chunkLengths().size()) {
      return false;
    }
    boolean allMatch = true;
    String previous = seedSignature;
    int offset = 0;
    for (int i = 0; i < body.chunkLengths().size(); i++) {
      int length = body.chunkLengths().get(i);
      String stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n"
          + previous + "\n" + SigV4Crypto.EMPTY_SHA256 + "\n"
          + SigV4Crypto.sha256Hex(body.data(), offset, length);
      String sent = body.chunkSignatures().get(i);
      // Keep going after a mismatch: the time taken should not tell which chunk was wrong.
      allMatch &= matches(signingKey, stringToSign, sent);
      previous = sent;
      offset += length;
    }
    return allMatch & trailerMatches(body.trailers(), signingKey, amzDate, scope, previous);
  }

  /**
   * {@code AWS4-HMAC-SHA256-TRAILER\n<amzDate>\n<scope>\n<last chunk signature>\n<hex sha256 of
   * the trailers as "name:value\n" lines>}. No trailers at all is fine; trailers without a
   * trailer signature are not.
   */
  private static boolean trailerMatches(
      Map<String, String> trailers, byte[] key, String amzDate, String scope, String previous) {
    String sent = trailers.get(TRAILER_SIGNATURE);
    StringBuilder canonical = new StringBuilder();
    trailers.forEach((name, value) -> {
      if (!name.equals(TRAILER_SIGNATURE)) {
        canonical.append(name.toLowerCase(Locale.ROOT)).append(':').append(value).append('\n');
      }
    });
    if (sent == null) {
      return canonical.length() == 0;
    }
    String stringToSign = "AWS4-HMAC-SHA256-TRAILER\n" + amzDate + "\n" + scope + "\n" + previous
        + "\n" + SigV4Crypto.sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    return matches(key, stringToSign, sent);
  }

  private static boolean matches(byte[] key, String stringToSign, String sent) {
    String expected = SigV4Crypto.hex(SigV4Crypto.hmac(key, stringToSign));
    return SigV4Crypto.constantTimeEquals(expected, sent);
  }
}
