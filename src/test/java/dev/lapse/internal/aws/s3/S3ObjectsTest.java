package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** Put, get, head and delete through the real SDK client, signed with wall time (skew off). */
class S3ObjectsTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static World world;
  private static IssuedCredentials creds;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults()
        .withBuckets(Map.of("photos", "eu-west-1", "logs", "us-east-1"))
        .withCheckSkew(false), new VirtualClock(START));
    creds = S3Clients.issue(world, Duration.ofHours(1));
    s3 = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds)).build();
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  @Test
  void anObjectCanBePutReadHeadedAndDeleted() throws Exception {
    byte[] bytes = "hello, lapse".getBytes(StandardCharsets.UTF_8);
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    PutObjectResponse put = s3.putObject(b -> b.bucket("photos").key("round/trip.txt")
        .contentType("text/plain").metadata(Map.of("owner", "ada")), RequestBody.fromBytes(bytes));
    assertEquals("\"" + md5 + "\"", put.eTag());
    assertTrue(put.responseMetadata().requestId().startsWith("LAPSE"));
    assertNotNull(put.responseMetadata().extendedRequestId());

    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(b -> b.bucket("photos").key("round/trip.txt"));
    assertArrayEquals(bytes, got.asByteArray());
    assertEquals("text/plain", got.response().contentType());
    assertEquals("\"" + md5 + "\"", got.response().eTag());
    assertEquals(START, got.response().lastModified());
    assertEquals(Map.of("owner", "ada"), got.response().metadata());

    HeadObjectResponse head = s3.headObject(b -> b.bucket("photos").key("round/trip.txt"));
    assertEquals(bytes.length, head.contentLength());
    assertEquals("\"" + md5 + "\"", head.eTag());

    s3.deleteObject(b -> b.bucket("photos").key("round/trip.txt"));
    assertThrows(NoSuchKeyException.class,
        () -> s3.getObjectAsBytes(b -> b.bucket("photos").key("round/trip.txt")));
    assertThrows(NoSuchKeyException.class,
        () -> s3.headObject(b -> b.bucket("photos").key("round/trip.txt")));
    // Deleting what is not there is no error in S3.
    s3.deleteObject(b -> b.bucket("photos").key("round/trip.txt"));
  }

  @Test
  void keysWithSpacesPlusSignsAndUnicodeSurviveTheRoundTrip() {
    List<String> keys = List.of("my photos/été 2026/ü 🐱.jpg", "a+b=c&d.txt",
        "dir//x/./y/../z", "日本語/ファイル名.png", "percent%20literal");
    for (String key : keys) {
      s3.putObject(b -> b.bucket("photos").key(key), RequestBody.fromString("body of " + key));
    }
    for (String key : keys) {
      assertEquals("body of " + key,
          s3.getObjectAsBytes(b -> b.bucket("photos").key(key)).asUtf8String(), key);
    }
    List<String> listed = s3.listObjectsV2Paginator(b -> b.bucket("photos")).contents().stream()
        .map(o -> o.key()).filter(keys::contains).toList();
    assertEquals(keys.stream().sorted(ObjectStore.UTF8_ORDER).toList(), listed);
  }

  @Test
  void lastModifiedIsVirtualTimeAndTheJournalNamesWhatWasDone() {
    world.clock().advance(Duration.ofMinutes(7));
    Instant at = world.clock().instant();
    long before = world.journal().lastSeq();
    s3.putObject(b -> b.bucket("photos").key("journal/one"), RequestBody.fromString("1"));
    assertEquals(at, s3.headObject(b -> b.bucket("photos").key("journal/one")).lastModified());
    List<JournalEntry> entries = world.journal().entriesAfter(before);
    assertEquals(List.of("PutObject", "HeadObject"),
        entries.stream().map(e -> e.operation().awsName()).toList());
    JournalEntry put = entries.get(0);
    assertEquals("s3", put.service().journalName());
    assertEquals("photos/journal/one", put.resource());
    assertEquals("eu-west-1", put.region());
    assertEquals(creds.accessKeyId(), put.credentials().accessKeyId());
    assertEquals(Verdicts.Signature.VALID, put.signature());
    assertEquals(Verdicts.Expiry.VALID, put.expiry());
    assertEquals(200, put.status());
  }

  @Test
  void getObjectReturnsTheStoredChecksumAndTheSdkValidatesIt() {
    for (var algorithm : List.of(software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32,
        software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32_C,
        software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA1,
        software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256)) {
      // CRC64NVME needs the CRT in the SDK; Crc64NvmeTest checks that one against its check value.
      String key = "checksum/" + algorithm;
      PutObjectResponse put = s3.putObject(b -> b.bucket("photos").key(key)
          .checksumAlgorithm(algorithm), RequestBody.fromString("checked " + algorithm));
      ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket("photos").key(key)
          .checksumMode(software.amazon.awssdk.services.s3.model.ChecksumMode.ENABLED));
      assertEquals("checked " + algorithm, got.asUtf8String());
      String sent = switch (algorithm) {
        case CRC32 -> put.checksumCRC32();
        case CRC32_C -> put.checksumCRC32C();
        case SHA1 -> put.checksumSHA1();
        default -> put.checksumSHA256();
      };
      String returned = switch (algorithm) {
        case CRC32 -> got.response().checksumCRC32();
        case CRC32_C -> got.response().checksumCRC32C();
        case SHA1 -> got.response().checksumSHA1();
        default -> got.response().checksumSHA256();
      };
      assertNotNull(sent, algorithm.toString());
      assertEquals(sent, returned, algorithm.toString());
    }
  }

  @Test
  void rangesReturnPartsOfTheObject() {
    s3.putObject(b -> b.bucket("photos").key("range/abc"), RequestBody.fromString("0123456789"));
    ResponseBytes<GetObjectResponse> middle =
        s3.getObjectAsBytes(b -> b.bucket("photos").key("range/abc").range("bytes=2-4"));
    assertEquals("234", middle.asUtf8String());
    assertEquals("bytes 2-4/10", middle.response().contentRange());
    assertEquals("789", s3.getObjectAsBytes(b -> b.bucket("photos").key("range/abc")
        .range("bytes=-3")).asUtf8String());
    assertEquals("89", s3.getObjectAsBytes(b -> b.bucket("photos").key("range/abc")
        .range("bytes=8-100")).asUtf8String());
    software.amazon.awssdk.services.s3.model.S3Exception e = assertThrows(
        software.amazon.awssdk.services.s3.model.S3Exception.class,
        () -> s3.getObject(b -> b.bucket("photos").key("range/abc").range("bytes=10-")));
    assertEquals(416, e.statusCode());
    assertEquals("InvalidRange", e.awsErrorDetails().errorCode());
  }

  @Test
  void headBucketAnswersWithTheBucketRegion() {
    assertEquals("eu-west-1", s3.headBucket(b -> b.bucket("photos")).bucketRegion());
  }
}
