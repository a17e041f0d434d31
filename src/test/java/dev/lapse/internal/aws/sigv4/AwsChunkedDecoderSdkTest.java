package dev.lapse.internal.aws.sigv4;

import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.BASIC;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.SECRET;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.SESSION;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.request;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.signS3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.sigv4.AwsChunkedDecoder.DecodedBody;
import dev.lapse.internal.aws.sigv4.SdkSignerOracle.Signed;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Chunked uploads exactly as the SDK's signer encodes them (128 KiB chunks). */
class AwsChunkedDecoderSdkTest {

  /** Over 64 KiB and over two SDK chunks, not a multiple of the chunk size. */
  private static final byte[] DATA = randomBytes(300_000);

  @Test
  void signedChunksWithoutTrailer() {
    Signed signed = signChunked("http", SESSION, false);
    assertEquals("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", signed.view().header("x-amz-content-sha256"));
    DecodedBody body = decodeAndCheckData(signed);
    assertEquals(List.of(131072, 131072, 37856, 0), body.chunkLengths());
    assertEquals(Map.of(), body.trailers());
    assertTrue(verifyChunks(signed, body));
    assertFalse(verifyChunks(signed, withDataByteChanged(body, 200_000)));
    assertFalse(verifyChunks(signed, withDataByteChanged(body, 0)));
  }

  @Test
  void signedChunksWithSignedChecksumTrailer() {
    Signed signed = signChunked("http", BASIC, true);
    assertEquals("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
        signed.view().header("x-amz-content-sha256"));
    DecodedBody body = decodeAndCheckData(signed);
    assertEquals(crc32Base64(DATA), body.trailers().get("x-amz-checksum-crc32"));
    assertTrue(body.trailers().containsKey("x-amz-trailer-signature"));
    assertTrue(verifyChunks(signed, body));
    assertFalse(verifyChunks(signed, withDataByteChanged(body, 131_072)));

    Map<String, String> forgedTrailers = new LinkedHashMap<>(body.trailers());
    forgedTrailers.put("x-amz-checksum-crc32", crc32Base64(new byte[] {1}));
    assertFalse(verifyChunks(signed, new DecodedBody(body.data(), forgedTrailers,
        body.chunkSignatures(), body.chunkLengths())));
    Map<String, String> unsignedTrailers = new LinkedHashMap<>(body.trailers());
    unsignedTrailers.remove("x-amz-trailer-signature");
    assertFalse(verifyChunks(signed, new DecodedBody(body.data(), unsignedTrailers,
        body.chunkSignatures(), body.chunkLengths())));
  }

  @Test
  void unsignedChunksWithChecksumTrailer() {
    // Over https the SDK may skip payload signing; over plain http it always signs chunks.
    Signed signed = signChunked("https", BASIC, true);
    assertEquals("STREAMING-UNSIGNED-PAYLOAD-TRAILER", signed.view().header("x-amz-content-sha256"));
    DecodedBody body = decodeAndCheckData(signed);
    assertEquals(List.of(), body.chunkSignatures());
    assertEquals(Map.of("x-amz-checksum-crc32", crc32Base64(DATA)), body.trailers());
    assertFalse(verifyChunks(signed, body), "unsigned chunks have no signature to verify");
  }

  @Test
  void reorderedChunkSignaturesDoNotVerify() {
    Signed signed = signChunked("http", BASIC, false);
    DecodedBody body = decodeAndCheckData(signed);
    List<String> swapped = new ArrayList<>(body.chunkSignatures());
    swapped.set(0, body.chunkSignatures().get(1));
    swapped.set(1, body.chunkSignatures().get(0));
    assertFalse(verifyChunks(signed, new DecodedBody(body.data(), body.trailers(), swapped,
        body.chunkLengths())));
  }

  /** The request signature itself must verify too, and the decoded bytes be the original. */
  private static DecodedBody decodeAndCheckData(Signed signed) {
    SignedRequestView view = signed.view();
    assertEquals("aws-chunked", view.header("content-encoding"));
    SigV4Verifier.Verdict verdict = SigV4Verifier.verify(view, signed.auth(), SECRET, true);
    assertTrue(verdict.matches(), verdict.canonicalRequest());
    DecodedBody body = AwsChunkedDecoder.decode(signed.body(),
        Long.valueOf(view.header("x-amz-decoded-content-length")));
    assertArrayEquals(DATA, body.data());
    return body;
  }

  private static boolean verifyChunks(Signed signed, DecodedBody body) {
    SigV4Authorization auth = signed.auth();
    byte[] key = SigV4Verifier.signingKey(SECRET, auth.date(), auth.region(), auth.service());
    return AwsChunkedDecoder.verifyChunkSignatures(body, key,
        signed.view().header("x-amz-date"), auth.scope(), auth.signature());
  }

  private static Signed signChunked(
      String protocol, AwsCredentialsIdentity identity, boolean crc32Trailer) {
    SdkHttpRequest put = request(SdkHttpMethod.PUT, "/my-bucket/big%20object.bin")
        .protocol(protocol)
        .putRawQueryParameter("x-id", "PutObject")
        .putHeader("Content-Length", String.valueOf(DATA.length))
        .build();
    return signS3(put, DATA, identity,
        b -> {
          b.putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true);
          if (protocol.equals("https")) {
            b.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false);
          }
          if (crc32Trailer) {
            b.putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
          }
        });
  }

  private static DecodedBody withDataByteChanged(DecodedBody body, int index) {
    byte[] data = body.data().clone();
    data[index] ^= 1;
    return new DecodedBody(data, body.trailers(), body.chunkSignatures(), body.chunkLengths());
  }

  private static String crc32Base64(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    byte[] bytes = ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random(42).nextBytes(bytes);
    return bytes;
  }
}
