package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** ListObjectsV2 pages, prefixes and delimiters, read by the real SDK. */
class S3ListingTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static World world;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1",
        "empty", "eu-west-1")), new VirtualClock(START));
    s3 = S3Clients.virtualTime(world, "eu-west-1",
        S3Clients.sdk(S3Clients.issue(world, Duration.ofHours(1))));
    for (String key : List.of("a.txt", "b/1.jpg", "b/2.jpg", "b/c/3.jpg", "d e/4.jpg", "z.txt")) {
      s3.putObject(b -> b.bucket("photos").key(key), RequestBody.fromString(key));
      world.clock().advance(Duration.ofMillis(1500));
    }
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  @Test
  void everythingInOnePage() {
    ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket("photos"));
    assertEquals(List.of("a.txt", "b/1.jpg", "b/2.jpg", "b/c/3.jpg", "d e/4.jpg", "z.txt"),
        keys(r.contents()));
    assertEquals(6, r.keyCount());
    assertEquals(1000, r.maxKeys());
    assertFalse(r.isTruncated());
    assertNull(r.nextContinuationToken());
    S3Object first = r.contents().get(0);
    assertEquals(5, first.size());
    assertEquals(START, first.lastModified());
    assertEquals(START.plusMillis(1500), r.contents().get(1).lastModified());
    assertTrue(first.eTag().startsWith("\""));
    assertEquals("STANDARD", first.storageClassAsString());
  }

  @Test
  void pagesFollowContinuationTokens() {
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String t = token;
      ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket("photos").maxKeys(2)
          .continuationToken(t));
      assertTrue(page.keyCount() <= 2);
      seen.addAll(keys(page.contents()));
      token = page.nextContinuationToken();
      assertEquals(token != null, page.isTruncated());
      pages++;
    } while (token != null);
    assertEquals(3, pages);
    assertEquals(6, seen.size());
    assertEquals(seen, s3.listObjectsV2Paginator(b -> b.bucket("photos").maxKeys(1)).contents()
        .stream().map(S3Object::key).toList());
  }

  @Test
  void prefixAndDelimiterRollKeysUp() {
    ListObjectsV2Response top = s3.listObjectsV2(b -> b.bucket("photos").delimiter("/"));
    assertEquals(List.of("a.txt", "z.txt"), keys(top.contents()));
    assertEquals(List.of("b/", "d e/"), top.commonPrefixes().stream().map(CommonPrefix::prefix)
        .toList());
    assertEquals(4, top.keyCount());
    ListObjectsV2Response underB = s3.listObjectsV2(b -> b.bucket("photos").prefix("b/")
        .delimiter("/"));
    assertEquals(List.of("b/1.jpg", "b/2.jpg"), keys(underB.contents()));
    assertEquals(List.of("b/c/"), underB.commonPrefixes().stream().map(CommonPrefix::prefix)
        .toList());
    // One entry per page: a common prefix is one entry and the next page skips what it covers.
    List<String> paged = new ArrayList<>();
    s3.listObjectsV2Paginator(b -> b.bucket("photos").delimiter("/").maxKeys(1)).forEach(p -> {
      paged.addAll(keys(p.contents()));
      p.commonPrefixes().forEach(c -> paged.add(c.prefix()));
    });
    assertEquals(List.of("a.txt", "b/", "d e/", "z.txt"), paged);
  }

  @Test
  void startAfterEmptyBucketsAndBadTokens() {
    assertEquals(List.of("d e/4.jpg", "z.txt"),
        keys(s3.listObjectsV2(b -> b.bucket("photos").startAfter("b/c/3.jpg")).contents()));
    ListObjectsV2Response empty = s3.listObjectsV2(b -> b.bucket("empty"));
    assertEquals(0, empty.keyCount());
    assertTrue(empty.contents().isEmpty());
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.listObjectsV2(b -> b.bucket("photos").continuationToken("!!not-ours!!")));
    assertEquals("InvalidArgument", e.awsErrorDetails().errorCode());
    assertEquals("ListObjectsV2", world.journal().newest(1).get(0).operation().awsName());
    assertEquals("photos", world.journal().newest(1).get(0).resource());
  }

  private static List<String> keys(List<S3Object> objects) {
    return objects.stream().map(S3Object::key).toList();
  }
}
