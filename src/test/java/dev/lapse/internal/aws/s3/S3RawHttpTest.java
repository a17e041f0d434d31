package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;

/** Requests no SDK would send get S3's 4xx answer, and the server goes on serving. */
class S3RawHttpTest {
  private static final int MAX_BODY = 256 * 1024;
  private static World world;
  private static RawS3 raw;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1"))
        .withMaxBodyBytes(MAX_BODY), new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
    raw = new RawS3(world, S3Clients.issue(world, java.time.Duration.ofHours(1)));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  /** Whatever came before, a well-formed request still works. */
  @AfterEach
  void stillServing() {
    assertEquals(200, put("alive", "still here").statusCode());
    HttpResponse<String> get = raw.send(raw.sign(raw.request("GET", "/photos/alive").putHeader(
        "x-amz-content-sha256", PayloadForm.sha256Hex(new byte[0])).build(), null));
    assertEquals("still here", get.body());
  }

  @Test
  void noAuthorizationAtAll() {
    HttpResponse<String> denied = raw.send(raw.request("GET", "/photos/alive").build(), null);
    assertError(denied, 403, "AccessDenied", "Access Denied");
    HttpResponse<String> missing = raw.send(raw.request("GET", "/nope/alive").build(), null);
    assertError(missing, 404, "NoSuchBucket", "The specified bucket does not exist");
  }

  @Test
  void garbageAuthorization() {
    assertError(withAuthorization("AWS4-HMAC-SHA256 garbage"), 400,
        "AuthorizationHeaderMalformed", "The authorization header is malformed;");
    assertError(withAuthorization("AWS4-HMAC-SHA256 Credential=AKID/2026/x, SignedHeaders=host, "
        + "Signature=00"), 400, "AuthorizationHeaderMalformed", "the Credential is mal-formed");
    assertError(withAuthorization("AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg="), 400,
        "InvalidArgument", "Unsupported Authorization Type");
  }

  @Test
  void aHeaderChangedAfterSigning() {
    RawS3.Signed signed = raw.sign(plainPut("tamper", "x").putHeader("x-amz-meta-owner", "ada")
        .build(), bytes("x"));
    HttpResponse<String> r = raw.send(signed.request().toBuilder()
        .putHeader("x-amz-meta-owner", "eve").build(), signed.body());
    assertError(r, 403, "SignatureDoesNotMatch", S3Errors.SIGNATURE_MISMATCH);
    assertTrue(r.body().contains("x-amz-meta-owner:eve\n"), r.body());
  }

  @Test
  void contentSha256MissingWrongOrUnknown() {
    RawS3.Signed signed = raw.sign(plainPut("sha", "body").build(), bytes("body"));
    assertError(raw.send(signed.request().toBuilder().removeHeader("x-amz-content-sha256").build(),
        signed.body()), 400, "InvalidRequest",
        "Missing required header for this request: x-amz-content-sha256");
    assertError(raw.send(signed.request(), bytes("BODY")), 400, "XAmzContentSHA256Mismatch",
        "The provided 'x-amz-content-sha256' header does not match what was computed.");
    // S3 looks at the header's shape before the signature (the signer would not send this).
    assertError(raw.send(signed.request().toBuilder()
        .putHeader("x-amz-content-sha256", "SOMETHING-ELSE").build(), signed.body()),
        400, "InvalidArgument", "x-amz-content-sha256 must be");
  }

  @Test
  void signedChunksArriveAndBrokenOnesAreRefused() {
    byte[] data = new byte[200_000];
    Arrays.fill(data, (byte) 'a');
    RawS3.Signed signed = raw.sign(raw.request("PUT", "/photos/chunks").build(), data,
        b -> b.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true));
    assertEquals("STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        signed.request().firstMatchingHeader("x-amz-content-sha256").orElseThrow());
    String framed = new String(signed.body(), StandardCharsets.ISO_8859_1);
    assertTrue(framed.contains(";chunk-signature="), framed.substring(0, 100));

    byte[] flipped = signed.body().clone();
    int dataAt = framed.indexOf("\r\n") + 2;
    flipped[dataAt] = 'b';
    assertError(raw.send(signed.request(), flipped), 403, "SignatureDoesNotMatch",
        S3Errors.SIGNATURE_MISMATCH);

    // Broken framing of the same length (Content-Length is signed, so it must not change).
    String size = framed.substring(0, framed.indexOf(';'));
    byte[] badSize = ("z".repeat(size.length()) + framed.substring(size.length()))
        .getBytes(StandardCharsets.ISO_8859_1);
    assertError(raw.send(signed.request(), badSize), 400, "IncompleteBody",
        "not a hexadecimal size");
    byte[] noCrlf = signed.body().clone();
    int afterData = dataAt + Integer.parseInt(size, 16);
    noCrlf[afterData] = 'X';
    noCrlf[afterData + 1] = 'X';
    assertError(raw.send(signed.request(), noCrlf), 400, "IncompleteBody", "CRLF expected");

    assertEquals(200, raw.send(signed).statusCode());
  }

  @Test
  void aChecksumThatDoesNotMatchTheBody() {
    RawS3.Signed signed = raw.sign(plainPut("crc", "hello")
        .putHeader("x-amz-checksum-crc32", "AAAAAA==").build(), bytes("hello"));
    assertError(raw.send(signed), 400, "BadDigest",
        "The CRC32 you specified did not match the calculated checksum.");
    RawS3.Signed trailer = raw.sign(raw.request("PUT", "/photos/crc").build(), bytes("hello"),
        b -> b.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true)
            .putProperty(AwsV4FamilyHttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32));
    assertEquals(200, raw.send(trailer).statusCode(), new String(trailer.body()));
  }

  @Test
  void aBodyOverTheLimit() {
    byte[] big = new byte[MAX_BODY + 1];
    HttpResponse<String> r = raw.send(raw.sign(raw.request("PUT", "/photos/big")
        .putHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD").build(), big));
    assertError(r, 400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
  }

  /**
   * S3 stores the bytes it is sent. WireMock un-gzips any body that looks gzipped or says
   * Content-Encoding gzip before an extension sees it: a .gz file was stored decompressed (or
   * its payload hash failed), and a body that only claimed to be gzip was an empty 500.
   */
  @Test
  void gzipBodiesAreStoredAsSent() throws Exception {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
      gz.write(bytes("hello hello hello"));
    }
    byte[] gzip = zipped.toByteArray();
    assertEquals(200, raw.send(raw.sign(raw.request("PUT", "/photos/a.gz")
        .putHeader("x-amz-content-sha256", PayloadForm.sha256Hex(gzip)).build(), gzip))
        .statusCode());
    assertEquals(200, raw.send(raw.sign(plainPut("claims-gzip", "plain text")
        .putHeader("Content-Encoding", "gzip").build(), bytes("plain text"))).statusCode());
    try (software.amazon.awssdk.services.s3.S3Client s3 = S3Clients.virtualTime(world,
        "eu-west-1", S3Clients.sdk(S3Clients.issue(world, java.time.Duration.ofHours(1))))) {
      assertArrayEquals(gzip, s3.getObjectAsBytes(b -> b.bucket("photos").key("a.gz"))
          .asByteArray());
      assertArrayEquals(bytes("plain text"), s3.getObjectAsBytes(b -> b.bucket("photos")
          .key("claims-gzip")).asByteArray());
    }
  }

  @Test
  void expectContinueIsHonoured() {
    RawS3.Signed signed = raw.sign(plainPut("continue", "after 100").build(), bytes("after 100"));
    HttpResponse<String> r = raw.send(signed.request(), signed.body(), b -> b.expectContinue(true));
    assertEquals(200, r.statusCode(), r.body());
  }

  private HttpResponse<String> put(String key, String body) {
    return raw.send(raw.sign(plainPut(key, body).build(), bytes(body)));
  }

  private SdkHttpRequest.Builder plainPut(String key, String body) {
    return raw.request("PUT", "/photos/" + key)
        .putHeader("x-amz-content-sha256", PayloadForm.sha256Hex(bytes(body)));
  }

  private HttpResponse<String> withAuthorization(String authorization) {
    return raw.send(raw.request("GET", "/photos/alive").putHeader("Authorization", authorization)
        .putHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD").build(), null);
  }

  private static void assertError(HttpResponse<String> r, int status, String code,
      String messageFragment) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains("<Code>" + code + "</Code>"), r.body());
    assertTrue(r.body().contains(messageFragment), r.body());
    assertEquals("application/xml", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("x-amz-request-id").isPresent());
    assertTrue(r.headers().firstValue("x-amz-id-2").isPresent());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
