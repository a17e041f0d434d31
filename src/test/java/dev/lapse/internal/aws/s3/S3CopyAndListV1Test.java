package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** CopyObject within and across buckets, and ListObjects v1 paging, through the real SDK. */
class S3CopyAndListV1Test {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static World world;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults()
        .withBuckets(Map.of("photos", "eu-west-1", "backup", "eu-west-1", "listing", "eu-west-1"))
        .withCheckSkew(false), new VirtualClock(START));
    IssuedCredentials creds = S3Clients.issue(world, Duration.ofHours(1));
    s3 = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds)).build();
    for (String key : List.of("a.jpg", "b/1.jpg", "b/2.jpg", "c.jpg", "d/1.jpg", "e.jpg")) {
      s3.putObject(b -> b.bucket("listing").key(key), RequestBody.fromString(key));
    }
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  @Test
  void copiesWithinABucketAndAcrossBuckets() {
    byte[] bytes = "a cat".getBytes(StandardCharsets.UTF_8);
    String etag = s3.putObject(b -> b.bucket("photos").key("cat.jpg").contentType("image/jpeg")
        .metadata(Map.of("owner", "ada")), RequestBody.fromBytes(bytes)).eTag();
    world.clock().advance(Duration.ofMinutes(5));
    CopyObjectResponse same = s3.copyObject(b -> b.sourceBucket("photos").sourceKey("cat.jpg")
        .destinationBucket("photos").destinationKey("copy of cat.jpg"));
    assertEquals(etag, same.copyObjectResult().eTag());
    assertEquals(START.plus(Duration.ofMinutes(5)), same.copyObjectResult().lastModified());
    s3.copyObject(b -> b.sourceBucket("photos").sourceKey("cat.jpg")
        .destinationBucket("backup").destinationKey("cats/cat.jpg"));
    var copied = s3.getObjectAsBytes(b -> b.bucket("backup").key("cats/cat.jpg"));
    assertArrayEquals(bytes, copied.asByteArray());
    assertEquals("image/jpeg", copied.response().contentType());
    assertEquals(Map.of("owner", "ada"), copied.response().metadata());
    assertArrayEquals(bytes, s3.getObjectAsBytes(b -> b.bucket("photos")
        .key("copy of cat.jpg")).asByteArray());
  }

  @Test
  void aMissingSourceIsNoSuchKeyAndAMissingSourceBucketNoSuchBucket() {
    NoSuchKeyException e = assertThrows(NoSuchKeyException.class, () -> s3.copyObject(b -> b
        .sourceBucket("photos").sourceKey("nobody.jpg")
        .destinationBucket("photos").destinationKey("x.jpg")));
    assertEquals(404, e.statusCode());
    assertEquals("NoSuchKey", e.awsErrorDetails().errorCode());
    assertThrows(NoSuchBucketException.class, () -> s3.copyObject(b -> b
        .sourceBucket("nowhere").sourceKey("a.jpg")
        .destinationBucket("photos").destinationKey("x.jpg")));
  }

  @Test
  void aCopyWhoseSourceEtagConditionFailsIsPreconditionFailed() {
    String etag = s3.putObject(b -> b.bucket("photos").key("pinned.jpg"),
        RequestBody.fromString("v1")).eTag();
    s3.copyObject(b -> b.sourceBucket("photos").sourceKey("pinned.jpg").copySourceIfMatch(etag)
        .destinationBucket("photos").destinationKey("pinned copy.jpg"));
    s3.putObject(b -> b.bucket("photos").key("pinned.jpg"), RequestBody.fromString("v2"));
    S3Exception changed = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b
        .sourceBucket("photos").sourceKey("pinned.jpg").copySourceIfMatch(etag)
        .destinationBucket("photos").destinationKey("pinned copy.jpg")));
    assertEquals(412, changed.statusCode());
    assertEquals("PreconditionFailed", changed.awsErrorDetails().errorCode());
    assertEquals("At least one of the pre-conditions you specified did not hold",
        changed.awsErrorDetails().errorMessage());
    String now = s3.headObject(b -> b.bucket("photos").key("pinned.jpg")).eTag();
    S3Exception same = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b
        .sourceBucket("photos").sourceKey("pinned.jpg").copySourceIfNoneMatch(now)
        .destinationBucket("photos").destinationKey("pinned copy.jpg")));
    assertEquals("PreconditionFailed", same.awsErrorDetails().errorCode());
    assertEquals("v1", s3.getObjectAsBytes(b -> b.bucket("photos").key("pinned copy.jpg"))
        .asUtf8String(), "a refused copy writes nothing");
  }

  @Test
  void copyingAnObjectOntoItselfUnchangedIsRefused() {
    s3.putObject(b -> b.bucket("photos").key("self.jpg"), RequestBody.fromString("me"));
    S3Exception e = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b
        .sourceBucket("photos").sourceKey("self.jpg")
        .destinationBucket("photos").destinationKey("self.jpg")));
    assertEquals("InvalidRequest", e.awsErrorDetails().errorCode());
    s3.copyObject(b -> b.sourceBucket("photos").sourceKey("self.jpg")
        .destinationBucket("photos").destinationKey("self.jpg")
        .metadataDirective("REPLACE").metadata(Map.of("v", "2")));
    assertEquals(Map.of("v", "2"),
        s3.headObject(b -> b.bucket("photos").key("self.jpg")).metadata());
  }

  @Test
  void listObjectsVersionOnePagesWithMarkers() {
    ListObjectsResponse first = s3.listObjects(b -> b.bucket("listing").maxKeys(2));
    assertEquals(List.of("a.jpg", "b/1.jpg"), keys(first));
    assertTrue(first.isTruncated());
    assertNull(first.nextMarker()); // S3 sends NextMarker only with a delimiter
    ListObjectsResponse rest = s3.listObjects(b -> b.bucket("listing").marker("b/1.jpg"));
    assertEquals(List.of("b/2.jpg", "c.jpg", "d/1.jpg", "e.jpg"), keys(rest));
    assertFalse(rest.isTruncated());
  }

  @Test
  void listObjectsVersionOneRollsUpAtTheDelimiterAndMarksTheNextPage() {
    ListObjectsResponse first = s3.listObjects(b -> b.bucket("listing").delimiter("/")
        .maxKeys(2));
    assertEquals(List.of("a.jpg"), keys(first));
    assertEquals(List.of("b/"), first.commonPrefixes().stream().map(CommonPrefix::prefix)
        .toList());
    assertTrue(first.isTruncated());
    assertEquals("b/", first.nextMarker());
    ListObjectsResponse second = s3.listObjects(b -> b.bucket("listing").delimiter("/")
        .maxKeys(2).marker(first.nextMarker()));
    assertEquals(List.of("c.jpg"), keys(second));
    assertEquals(List.of("d/"), second.commonPrefixes().stream().map(CommonPrefix::prefix)
        .toList());
    assertEquals("d/", second.nextMarker());
    ListObjectsResponse last = s3.listObjects(b -> b.bucket("listing").delimiter("/")
        .maxKeys(2).marker(second.nextMarker()));
    assertEquals(List.of("e.jpg"), keys(last));
    assertFalse(last.isTruncated());
  }

  private static List<String> keys(ListObjectsResponse r) {
    return r.contents().stream().map(S3Object::key).toList();
  }
}
