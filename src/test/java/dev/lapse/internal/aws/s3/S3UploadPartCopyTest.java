package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import dev.lapse.vocabulary.Operation;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyPartResult;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;

/**
 * UploadPartCopy through the real SDK v2 client over HTTP: a copy assembled from ranges of a
 * larger object, the errors S3 answers (worded as LocalStack's snapshot of real S3 records them),
 * and each copy judged on its own credentials when it arrives. {@code UploadPartCopyMemoryTest}
 * shows what a copied part retains.
 */
class S3UploadPartCopyTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final int MIB = 1024 * 1024;
  /** Not the payload pattern, so it is kept as bytes and its parts are slices of them. */
  private static final byte[] SOURCE = new byte[12 * MIB + 5];
  private static final String FORM = "The x-amz-copy-source-range value must be of the form "
      + "bytes=first-last where first and last are the zero-based offsets of the first and last "
      + "bytes to copy";
  private static World world;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults()
        .withBuckets(Map.of("photos", "eu-west-1", "backup", "eu-west-1"))
        .withCheckSkew(false), new VirtualClock(START));
    IssuedCredentials creds = S3Clients.issue(world, Duration.ofHours(1));
    s3 = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds)).build();
    new Random(7).nextBytes(SOURCE);
    s3.putObject(b -> b.bucket("photos").key("source.bin"), RequestBody.fromBytes(SOURCE));
    s3.putObject(b -> b.bucket("photos").key("ten.txt"), RequestBody.fromString("0123456789"));
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  private static String create(String bucket, String key) {
    return s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
  }

  private static CopyPartResult copyPart(String key, String id, int n, String source,
      String range) {
    return s3.uploadPartCopy(b -> b.sourceBucket("photos").sourceKey(source)
        .destinationBucket("backup").destinationKey(key).uploadId(id).partNumber(n)
        .copySourceRange(range)).copyPartResult();
  }

  private static String md5(byte[] bytes) throws Exception {
    return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + "\"";
  }

  @Test
  void twoRangesOfAnObjectMakeACopyOfIt() throws Exception {
    int cut = 6 * MIB + 1;
    String id = create("backup", "copy.bin");
    world.clock().advance(Duration.ofMinutes(1));
    Instant copiedAt = world.clock().instant();
    CopyPartResult first = copyPart("copy.bin", id, 1, "source.bin", "bytes=0-" + (cut - 1));
    CopyPartResult rest = copyPart("copy.bin", id, 2, "source.bin",
        "bytes=" + cut + "-" + (SOURCE.length - 1));
    // Each part is tagged as an UploadPart of the same bytes would be.
    assertEquals(md5(Arrays.copyOfRange(SOURCE, 0, cut)), first.eTag());
    assertEquals(md5(Arrays.copyOfRange(SOURCE, cut, SOURCE.length)), rest.eTag());
    assertEquals(copiedAt, first.lastModified());
    assertEquals(List.of((long) cut, (long) SOURCE.length - cut),
        s3.listParts(b -> b.bucket("backup").key("copy.bin").uploadId(id)).parts().stream()
            .map(p -> p.size()).toList());

    String etag = s3.completeMultipartUpload(b -> b.bucket("backup").key("copy.bin")
        .uploadId(id).multipartUpload(m -> m.parts(
            CompletedPart.builder().partNumber(1).eTag(first.eTag()).build(),
            CompletedPart.builder().partNumber(2).eTag(rest.eTag()).build()))).eTag();
    assertTrue(etag.endsWith("-2\""), etag);
    assertArrayEquals(SOURCE, s3.getObjectAsBytes(b -> b.bucket("backup").key("copy.bin"))
        .asByteArray());
  }

  @Test
  void withoutARangeThePartIsTheWholeSource() {
    String id = create("backup", "whole.txt");
    String etag = s3.uploadPartCopy(b -> b.sourceBucket("photos").sourceKey("ten.txt")
        .destinationBucket("backup").destinationKey("whole.txt").uploadId(id).partNumber(1))
        .copyPartResult().eTag();
    s3.completeMultipartUpload(b -> b.bucket("backup").key("whole.txt").uploadId(id)
        .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
    assertEquals("0123456789", s3.getObjectAsBytes(b -> b.bucket("backup").key("whole.txt"))
        .asUtf8String());
  }

  @Test
  void aPartPinnedToAnotherSourceEtagIsPreconditionFailed() {
    String id = create("backup", "pinned.txt");
    S3Exception e = assertThrows(S3Exception.class, () -> s3.uploadPartCopy(b -> b
        .sourceBucket("photos").sourceKey("ten.txt").copySourceIfMatch("\"not-its-etag\"")
        .destinationBucket("backup").destinationKey("pinned.txt").uploadId(id).partNumber(1)));
    assertEquals(412, e.statusCode());
    assertEquals("PreconditionFailed", e.awsErrorDetails().errorCode());
    String etag = s3.headObject(b -> b.bucket("photos").key("ten.txt")).eTag();
    s3.uploadPartCopy(b -> b.sourceBucket("photos").sourceKey("ten.txt").copySourceIfMatch(etag)
        .destinationBucket("backup").destinationKey("pinned.txt").uploadId(id).partNumber(1));
  }

  @Test
  void aCopiedPartUnderFiveMibButTheLastIsEntityTooSmall() {
    String id = create("backup", "small.bin");
    String a = copyPart("small.bin", id, 1, "source.bin", "bytes=0-" + (MIB - 1)).eTag();
    String b = copyPart("small.bin", id, 2, "source.bin", "bytes=0-9").eTag();
    S3Exception e = assertThrows(S3Exception.class, () -> s3.completeMultipartUpload(r -> r
        .bucket("backup").key("small.bin").uploadId(id).multipartUpload(m -> m.parts(
            CompletedPart.builder().partNumber(1).eTag(a).build(),
            CompletedPart.builder().partNumber(2).eTag(b).build()))));
    assertEquals("EntityTooSmall", e.awsErrorDetails().errorCode());
  }

  @Test
  void aMissingSourceIsNoSuchKeyOrNoSuchBucket() {
    String id = create("backup", "x.bin");
    NoSuchKeyException key = assertThrows(NoSuchKeyException.class,
        () -> copyPart("x.bin", id, 1, "nobody.bin", null));
    assertEquals(404, key.statusCode());
    assertEquals("NoSuchKey", key.awsErrorDetails().errorCode());
    NoSuchBucketException bucket = assertThrows(NoSuchBucketException.class,
        () -> s3.uploadPartCopy(b -> b.sourceBucket("nowhere").sourceKey("a.bin")
            .destinationBucket("backup").destinationKey("x.bin").uploadId(id).partNumber(1)));
    assertEquals(404, bucket.statusCode());
  }

  @Test
  void aRangeEndingPastTheSourceIsInvalidArgumentWithItsSize() {
    String id = create("backup", "y.bin");
    S3Exception e = refused("y.bin", id, "bytes=0-100");
    assertEquals(400, e.statusCode());
    assertEquals("InvalidArgument", e.awsErrorDetails().errorCode());
    assertEquals("Range specified is not valid for source object of size: 10",
        e.awsErrorDetails().errorMessage());
    S3Exception past = refused("y.bin", id, "bytes=100-200");
    assertEquals(400, past.statusCode());
    assertEquals("InvalidRequest", past.awsErrorDetails().errorCode());
    assertEquals("The specified copy range is invalid for the source object size",
        past.awsErrorDetails().errorMessage());
  }

  @Test
  void aRangeNotOfTheFormFirstDashLastIsInvalidArgument() {
    String id = create("backup", "z.bin");
    for (String range : List.of("0-8", "bytes=1-0", "bytes=1-", "bytes=-2", "bytes=0-1,3-4",
        "bytes=-", "bytes=0--1")) {
      S3Exception e = refused("z.bin", id, range);
      assertEquals(400, e.statusCode(), range);
      assertEquals("InvalidArgument", e.awsErrorDetails().errorCode(), range);
      assertEquals(FORM, e.awsErrorDetails().errorMessage(), range);
    }
  }

  @Test
  void anUnknownUploadIsNoSuchUploadAndAPartNumberPastTenThousandInvalidArgument() {
    String id = create("backup", "w.bin");
    s3.abortMultipartUpload(b -> b.bucket("backup").key("w.bin").uploadId(id));
    NoSuchUploadException gone = assertThrows(NoSuchUploadException.class,
        () -> s3.uploadPartCopy(b -> b.sourceBucket("photos").sourceKey("ten.txt")
            .destinationBucket("backup").destinationKey("w.bin").uploadId(id).partNumber(1)));
    assertEquals(404, gone.statusCode());
    String open = create("backup", "w.bin");
    S3Exception part = assertThrows(S3Exception.class, () -> s3.uploadPartCopy(b -> b
        .sourceBucket("photos").sourceKey("ten.txt").destinationBucket("backup")
        .destinationKey("w.bin").uploadId(open).partNumber(10_001)));
    assertEquals("InvalidArgument", part.awsErrorDetails().errorCode());
    assertEquals("Part number must be an integer between 1 and 10000, inclusive",
        part.awsErrorDetails().errorMessage());
  }

  /** Authenticated as every S3 request is: on its own credentials, at the instant it arrives. */
  @Test
  void eachCopyIsJournaledAndJudgedWhenItArrives() {
    IssuedCredentials brief = S3Clients.issue(world, Duration.ofMinutes(10));
    try (S3Client shortLived = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(brief))
        .build()) {
      String id = create("backup", "judged.bin");
      UploadPartCopyRequest copy = UploadPartCopyRequest.builder().sourceBucket("photos")
          .sourceKey("ten.txt").destinationBucket("backup").destinationKey("judged.bin")
          .uploadId(id).partNumber(1).build();
      shortLived.uploadPartCopy(copy);
      JournalEntry served = last();
      assertEquals(Operation.UPLOAD_PART_COPY, served.operation());
      assertEquals("backup/judged.bin", served.resource());
      assertEquals(brief.accessKeyId(), served.credentials().accessKeyId());
      assertEquals(Verdicts.Signature.VALID, served.signature());
      assertEquals(Verdicts.Expiry.VALID, served.expiry());

      world.clock().advance(Duration.ofMinutes(11));
      S3Exception e = assertThrows(S3Exception.class, () -> shortLived.uploadPartCopy(copy));
      assertEquals("ExpiredToken", e.awsErrorDetails().errorCode());
      JournalEntry refused = last();
      assertEquals(Operation.UPLOAD_PART_COPY, refused.operation());
      assertEquals(Verdicts.Expiry.EXPIRED, refused.expiry());
      assertEquals(world.clock().instant(), refused.judgedAt());
    }
  }

  /** A copy of ten.txt's {@code range} that S3 refuses. */
  private static S3Exception refused(String key, String id, String range) {
    return assertThrows(S3Exception.class, () -> copyPart(key, id, 1, "ten.txt", range));
  }

  private static JournalEntry last() {
    List<JournalEntry> all = world.journal().entries();
    return all.get(all.size() - 1);
  }
}
