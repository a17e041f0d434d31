package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Every answer with a body states its length, as S3 does, instead of Jetty's chunked framing:
 * JS SDK v3 and boto3 read GetObject's ContentLength from that header only.
 */
class S3ContentLengthTest {
  private static final byte[] BODY = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
  private static World world;
  private static RawS3 raw;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1")),
        new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
    IssuedCredentials creds = S3Clients.issue(world, Duration.ofHours(1));
    raw = new RawS3(world, creds);
    s3 = S3Clients.virtualTime(world, "eu-west-1", S3Clients.sdk(creds));
    s3.putObject(b -> b.bucket("photos").key("digits.txt"), RequestBody.fromBytes(BODY));
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  @Test
  void getObjectStatesTheObjectsLengthAndIsNotChunked() {
    HttpResponse<String> r = get("/photos/digits.txt", null);
    assertEquals(200, r.statusCode());
    assertLength(r, "20");
    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(b -> b.bucket("photos").key("digits.txt"));
    assertEquals(20L, got.response().contentLength());
  }

  @Test
  void aRangedGetStatesTheRangesLength() {
    HttpResponse<String> r = get("/photos/digits.txt", "bytes=5-9");
    assertEquals(206, r.statusCode());
    assertEquals("56789", r.body());
    assertLength(r, "5");
    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(b -> b.bucket("photos").key("digits.txt").range("bytes=-3"));
    assertEquals(3L, got.response().contentLength());
    assertEquals("bytes 17-19/20", got.response().contentRange());
  }

  @Test
  void errorsAndEmptyAnswersStateTheirLengthToo() {
    HttpResponse<String> missing = get("/photos/nothing-here", null);
    assertEquals(404, missing.statusCode());
    assertLength(missing, String.valueOf(missing.body().getBytes(StandardCharsets.UTF_8).length));
    try {
      s3.getObject(b -> b.bucket("photos").key("nothing-here"));
    } catch (NoSuchKeyException expected) {
      assertEquals(404, expected.statusCode());
    }
    RawS3.Signed put = raw.sign(raw.request("PUT", "/photos/empty-answer.txt")
        .putHeader("x-amz-content-sha256", PayloadForm.sha256Hex(BODY)).build(), BODY);
    HttpResponse<String> putAnswer = raw.send(put);
    assertEquals(200, putAnswer.statusCode());
    assertLength(putAnswer, "0");
  }

  @Test
  void headStatesWhatAGetWouldSend() {
    HttpResponse<String> r = raw.send(raw.sign(raw.request("HEAD", "/photos/digits.txt")
        .putHeader("x-amz-content-sha256", PayloadForm.sha256Hex(new byte[0])).build(), null));
    assertEquals(200, r.statusCode());
    assertEquals(Optional.of("20"), r.headers().firstValue("Content-Length"));
  }

  private static HttpResponse<String> get(String path, String range) {
    var request = raw.request("GET", path)
        .putHeader("x-amz-content-sha256", PayloadForm.sha256Hex(new byte[0]));
    if (range != null) {
      request.putHeader("Range", range);
    }
    return raw.send(raw.sign(request.build(), null));
  }

  private static void assertLength(HttpResponse<String> r, String length) {
    assertEquals(Optional.of(length), r.headers().firstValue("Content-Length"), r.headers()
        .toString());
    assertTrue(r.headers().firstValue("Transfer-Encoding").isEmpty(), r.headers().toString());
  }
}
