package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.Payload;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CompletedCopy;
import software.amazon.awssdk.transfer.s3.model.CompletedUpload;

/**
 * The SDK's own S3TransferManager on the CRT-free multipart client, over real HTTP (Netty):
 * 64 MiB up in 8 MiB parts and down again, byte for byte, and a 20 MiB object copied in parts.
 */
class S3TransferManagerTest {
  private static final long MIB = 1024 * 1024;
  private static final long SIZE = 64 * MIB;
  private static World world;
  private static S3AsyncClient s3;
  private static S3TransferManager transfers;
  private static ExecutorService reader;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1"))
        .withCheckSkew(false), new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
    IssuedCredentials creds = S3Clients.issue(world, Duration.ofHours(1));
    s3 = S3AsyncClient.builder()
        .endpointOverride(world.endpoint())
        .forcePathStyle(true)
        .region(Region.of("eu-west-1"))
        .credentialsProvider(StaticCredentialsProvider.create(S3Clients.sdk(creds)))
        .httpClientBuilder(NettyNioAsyncHttpClient.builder())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .multipartEnabled(true)
        .multipartConfiguration(m -> m.minimumPartSizeInBytes(8 * MIB)
            .thresholdInBytes(8 * MIB))
        .build();
    transfers = S3TransferManager.builder().s3Client(s3).build();
    reader = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stop() {
    transfers.close();
    s3.close();
    reader.shutdownNow();
    world.close();
  }

  @Test
  void uploadsSixtyFourMibInEightMibPartsAndDownloadsThemAgain() throws Exception {
    CompletedUpload done = transfers.upload(u -> u
        .putObjectRequest(p -> p.bucket("photos").key("video/big.mp4"))
        .requestBody(AsyncRequestBody.fromInputStream(Payload.stream(SIZE), SIZE, reader)))
        .completionFuture().join();
    assertTrue(done.response().eTag().endsWith("-8\""), done.response().eTag());
    long parts = world.journal().entries().stream()
        .filter(e -> e.operation() == Operation.UPLOAD_PART).count();
    assertEquals(8, parts);
    // The 64 MiB arrived as Lapse's payload, so the stored object is a pattern per part.
    assertTrue(world.retainedObjectBytes() < 64 * 1024,
        () -> world.retainedObjectBytes() + " bytes of object content kept");

    assertIsThePayload(SIZE, download("video/big.mp4"));
    for (JournalEntry e : world.journal().entries()) {
      assertTrue(e.errorCode() == null, e.operation() + " " + e.errorCode());
    }
  }

  /**
   * The multipart client copies an object above its threshold with UploadPartCopy, one part per
   * 8 MiB range, after a HeadObject of the source.
   */
  @Test
  void copiesAnObjectAboveTheThresholdInParts() throws Exception {
    long size = 20 * MIB + 3;
    world.seedObject("photos", "video/source.mp4", Payload.bytes((int) size));
    long before = world.journal().lastSeq();
    CompletedCopy done = transfers.copy(c -> c.copyObjectRequest(r -> r
        .sourceBucket("photos").sourceKey("video/source.mp4")
        .destinationBucket("photos").destinationKey("video/copy.mp4")))
        .completionFuture().join();
    assertTrue(done.response().copyObjectResult().eTag().endsWith("-3\""),
        done.response().copyObjectResult().eTag());
    List<JournalEntry> copying = world.journal().entriesAfter(before);
    assertEquals(3, copying.stream()
        .filter(e -> e.operation() == Operation.UPLOAD_PART_COPY && e.succeeded()).count());
    for (JournalEntry e : copying) {
      assertTrue(e.errorCode() == null, e.operation() + " " + e.errorCode());
    }
    assertIsThePayload(size, download("video/copy.mp4"));
  }

  private static byte[] download(String key) {
    return transfers.download(software.amazon.awssdk.transfer.s3.model.DownloadRequest
        .builder().getObjectRequest(g -> g.bucket("photos").key(key))
        .responseTransformer(AsyncResponseTransformer.toBytes()).build())
        .completionFuture().join().result().asByteArray();
  }

  private static void assertIsThePayload(long size, byte[] got) throws Exception {
    assertEquals(size, got.length);
    assertEquals(digest(Payload.stream(size)), hex(MessageDigest.getInstance("SHA-256")
        .digest(got)));
  }

  private static String digest(InputStream in) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 20];
    for (int n; (n = in.read(buffer)) > 0; ) {
      sha.update(buffer, 0, n);
    }
    return hex(sha.digest());
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }
}
