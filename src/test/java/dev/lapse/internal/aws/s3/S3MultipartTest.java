package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import dev.lapse.vocabulary.Payload;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Multipart uploads through the real SDK v2 client, one request each: the happy path with S3's
 * {@code <md5 of md5s>-<n>} ETag, and every error CompleteMultipartUpload checks for, with the
 * exception class and error code the SDK raises against real S3.
 */
class S3MultipartTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final int MIB = 1024 * 1024;
  private static World world;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1"))
        .withCheckSkew(false), new VirtualClock(START));
    IssuedCredentials creds = S3Clients.issue(world, Duration.ofHours(1));
    s3 = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds)).build();
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  private static String create(String key) {
    return s3.createMultipartUpload(b -> b.bucket("photos").key(key).contentType("video/mp4"))
        .uploadId();
  }

  private static CompletedPart part(String key, String id, int n, byte[] data) {
    String etag = s3.uploadPart(b -> b.bucket("photos").key(key).uploadId(id).partNumber(n),
        RequestBody.fromBytes(data)).eTag();
    return CompletedPart.builder().partNumber(n).eTag(etag).build();
  }

  private static void complete(String key, String id, List<CompletedPart> parts) {
    s3.completeMultipartUpload(b -> b.bucket("photos").key(key).uploadId(id)
        .multipartUpload(m -> m.parts(parts)));
  }

  @Test
  void partsAreAssembledWithS3sCompositeEtag() throws Exception {
    byte[] first = Payload.bytes(5 * MIB);
    byte[] second = "the end".getBytes();
    String id = create("video/a.mp4");
    List<CompletedPart> parts = List.of(part("video/a.mp4", id, 1, first),
        part("video/a.mp4", id, 2, second));
    String etag = s3.completeMultipartUpload(b -> b.bucket("photos").key("video/a.mp4")
        .uploadId(id).multipartUpload(m -> m.parts(parts))).eTag();

    ByteArrayOutputStream md5s = new ByteArrayOutputStream();
    md5s.writeBytes(MessageDigest.getInstance("MD5").digest(first));
    md5s.writeBytes(MessageDigest.getInstance("MD5").digest(second));
    String expected = "\"" + HexFormat.of().formatHex(
        MessageDigest.getInstance("MD5").digest(md5s.toByteArray())) + "-2\"";
    assertEquals(expected, etag);

    byte[] got = s3.getObjectAsBytes(b -> b.bucket("photos").key("video/a.mp4")).asByteArray();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.writeBytes(first);
    whole.writeBytes(second);
    assertArrayEquals(whole.toByteArray(), got);
    var head = s3.headObject(b -> b.bucket("photos").key("video/a.mp4"));
    assertEquals(expected, head.eTag());
    assertEquals("video/mp4", head.contentType());
    var secondPart = s3.getObjectAsBytes(b -> b.bucket("photos").key("video/a.mp4")
        .partNumber(2));
    assertArrayEquals(second, secondPart.asByteArray());
    assertEquals(2, secondPart.response().partsCount());
    assertEquals("bytes " + 5 * MIB + "-" + (5 * MIB + 6) + "/" + (5 * MIB + 7),
        secondPart.response().contentRange());
  }

  @Test
  void listPartsAndListMultipartUploadsShowAnUploadInProgress() {
    String id = create("video/b.mp4");
    part("video/b.mp4", id, 1, Payload.bytes(1000));
    part("video/b.mp4", id, 3, Payload.bytes(10));
    ListPartsResponse parts = s3.listParts(b -> b.bucket("photos").key("video/b.mp4")
        .uploadId(id));
    assertEquals(List.of(1, 3), parts.parts().stream().map(p -> p.partNumber()).toList());
    assertEquals(List.of(1000L, 10L), parts.parts().stream().map(p -> p.size()).toList());
    assertEquals(START, parts.parts().get(0).lastModified());
    List<String> ids = s3.listMultipartUploads(b -> b.bucket("photos").prefix("video/b"))
        .uploads().stream().map(MultipartUpload::uploadId).toList();
    assertEquals(List.of(id), ids);
    s3.abortMultipartUpload(b -> b.bucket("photos").key("video/b.mp4").uploadId(id));
    assertTrue(s3.listMultipartUploads(b -> b.bucket("photos").prefix("video/b")).uploads()
        .isEmpty());
  }

  @Test
  void anAbortedUploadIsNoSuchUpload() {
    String id = create("video/c.mp4");
    s3.abortMultipartUpload(b -> b.bucket("photos").key("video/c.mp4").uploadId(id));
    NoSuchUploadException e = assertThrows(NoSuchUploadException.class,
        () -> part("video/c.mp4", id, 1, new byte[10]));
    assertEquals(404, e.statusCode());
    assertEquals("NoSuchUpload", e.awsErrorDetails().errorCode());
    assertThrows(NoSuchUploadException.class,
        () -> s3.abortMultipartUpload(b -> b.bucket("photos").key("video/c.mp4").uploadId(id)));
  }

  @Test
  void aCompletedUploadIsNoSuchUploadAfterwards() {
    String id = create("video/d.mp4");
    List<CompletedPart> parts = List.of(part("video/d.mp4", id, 1, new byte[3]));
    complete("video/d.mp4", id, parts);
    assertThrows(NoSuchUploadException.class, () -> complete("video/d.mp4", id, parts));
  }

  @Test
  void aWrongEtagIsInvalidPart() {
    String id = create("video/e.mp4");
    part("video/e.mp4", id, 1, new byte[3]);
    S3Exception e = assertThrows(S3Exception.class, () -> complete("video/e.mp4", id,
        List.of(CompletedPart.builder().partNumber(1)
            .eTag("\"00000000000000000000000000000000\"").build())));
    assertEquals(400, e.statusCode());
    assertEquals("InvalidPart", e.awsErrorDetails().errorCode());
    S3Exception missing = assertThrows(S3Exception.class, () -> complete("video/e.mp4", id,
        List.of(CompletedPart.builder().partNumber(2).eTag("\"x\"").build())));
    assertEquals("InvalidPart", missing.awsErrorDetails().errorCode());
  }

  @Test
  void partsOutOfOrderAreInvalidPartOrder() {
    String id = create("video/f.mp4");
    List<CompletedPart> parts = new ArrayList<>(List.of(part("video/f.mp4", id, 1,
        Payload.bytes(5 * MIB)), part("video/f.mp4", id, 2, new byte[1])));
    java.util.Collections.reverse(parts);
    S3Exception e = assertThrows(S3Exception.class, () -> complete("video/f.mp4", id, parts));
    assertEquals(400, e.statusCode());
    assertEquals("InvalidPartOrder", e.awsErrorDetails().errorCode());
  }

  @Test
  void aSmallPartButTheLastIsEntityTooSmall() {
    String id = create("video/g.mp4");
    List<CompletedPart> parts = List.of(part("video/g.mp4", id, 1, new byte[5 * MIB - 1]),
        part("video/g.mp4", id, 2, new byte[1]));
    S3Exception e = assertThrows(S3Exception.class, () -> complete("video/g.mp4", id, parts));
    assertEquals(400, e.statusCode());
    assertEquals("EntityTooSmall", e.awsErrorDetails().errorCode());
    assertTrue(e.awsErrorDetails().errorMessage().contains("smaller than the minimum"));
  }

  @Test
  void aPayloadPartIsKeptAsAPatternNotAsBytes() {
    assertEquals(new ObjectBody.Pattern(20, 8 * MIB),
        ObjectBody.of(java.util.Arrays.copyOfRange(Payload.bytes(16 * MIB), 8 * MIB, 16 * MIB)));
    byte[] other = Payload.bytes(ObjectBody.PATTERN_THRESHOLD);
    other[other.length - 1] = 0;
    assertTrue(ObjectBody.of(other) instanceof ObjectBody.Bytes);
  }
}
