package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Every x-amz-content-sha256 form the SDK can be made to send arrives, is decoded and stored
 * byte for byte. The form that went on the wire is read from the signed request just before
 * transmission; the round trip shows the fake decoded it.
 */
class S3UploadFormsTest {
  private static World world;
  private static AwsSessionCredentials creds;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1")),
        new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
    creds = S3Clients.sdk(S3Clients.issue(world, java.time.Duration.ofHours(1)));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  void theSdkDefaultOverHttpIsSignedChunksWithAChecksumTrailer() {
    assertForm("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", "x-amz-checksum-crc32",
        signer -> {}, b -> {}, bytes(1000));
  }

  @Test
  void signedChunksWithoutTrailer() {
    assertForm("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", null, signer -> {},
        b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED), bytes(1000));
  }

  @Test
  void unsignedChunksWithAChecksumTrailer() {
    assertForm("STREAMING-UNSIGNED-PAYLOAD-TRAILER", "x-amz-checksum-crc32",
        signer -> signer.pretendHttps()
            .with(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false),
        b -> {}, bytes(1000));
  }

  @Test
  void unsignedPayload() {
    assertForm("UNSIGNED-PAYLOAD", null,
        signer -> signer.pretendHttps()
            .with(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
            .with(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false),
        b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED), bytes(1000));
  }

  @Test
  void aPlainBodyWithItsHexHash() {
    byte[] body = bytes(1000);
    assertForm(PayloadForm.sha256Hex(body), null,
        signer -> signer.with(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false),
        b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED), body);
  }

  @Test
  void anUploadOverOneMebibyteArrivesInManySignedChunksWithATrailer() {
    assertForm("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", "x-amz-checksum-crc32",
        signer -> {}, b -> {}, bytes(3 * 1024 * 1024 + 17));
  }

  @Test
  void aStreamOfUnknownLengthIsAccepted() {
    byte[] body = bytes(300_000);
    WireCapture wire = new WireCapture();
    try (S3Client s3 = client(wire, signer -> {}, b -> {})) {
      s3.putObject(b -> b.bucket("photos").key("forms/stream"), RequestBody.fromContentProvider(
          () -> new ByteArrayInputStream(body), "application/octet-stream"));
      assertTrue(PayloadForm.isKnown(wire.lastHeader("x-amz-content-sha256")));
      assertArrayEquals(body,
          s3.getObjectAsBytes(b -> b.bucket("photos").key("forms/stream")).asByteArray());
    }
  }

  private static void assertForm(String expectedForm, String expectedTrailer,
      Consumer<TweakedSigner> tweak, Consumer<S3ClientBuilder> options, byte[] body) {
    WireCapture wire = new WireCapture();
    String key = "forms/" + expectedForm + "/" + body.length;
    try (S3Client s3 = client(wire, tweak, options)) {
      s3.putObject(b -> b.bucket("photos").key(key), RequestBody.fromBytes(body));
      assertEquals(expectedForm, wire.lastHeader("x-amz-content-sha256"));
      assertEquals(expectedTrailer, wire.lastHeader("x-amz-trailer"));
      if (PayloadForm.of(expectedForm).chunked()) {
        assertEquals("aws-chunked", wire.lastHeader("Content-Encoding"));
        assertEquals(String.valueOf(body.length), wire.lastHeader("x-amz-decoded-content-length"));
      }
      assertArrayEquals(body, s3.getObjectAsBytes(b -> b.bucket("photos").key(key)).asByteArray());
    }
  }

  private static S3Client client(WireCapture wire, Consumer<TweakedSigner> tweak,
      Consumer<S3ClientBuilder> options) {
    TweakedSigner signer = TweakedSigner.create().clock(world.clock());
    tweak.accept(signer);
    S3ClientBuilder b = S3Clients.builder(world, "eu-west-1", creds)
        .putAuthScheme(signer.scheme())
        .overrideConfiguration(o -> o.addExecutionInterceptor(wire)
            .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()));
    options.accept(b);
    return b.build();
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new SplittableRandom(n).nextBytes(b);
    return b;
  }
}
