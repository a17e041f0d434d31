package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Each refusal surfaces from the real SDK as the exception a production user would see. */
class S3ErrorsTest {
  private static World world;
  private static IssuedCredentials issued;
  private static AwsSessionCredentials creds;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1")),
        new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
    issued = S3Clients.issue(world, Duration.ofHours(1));
    creds = S3Clients.sdk(issued);
    s3 = S3Clients.virtualTime(world, "eu-west-1", creds);
    s3.putObject(b -> b.bucket("photos").key("here"), RequestBody.fromString("here"));
  }

  @AfterEach
  void clearFaults() {
    world.faults().clear();
  }

  @AfterAll
  static void stop() {
    s3.close();
    world.close();
  }

  @Test
  void missingBucketAndKey() {
    NoSuchBucketException bucket = assertThrows(NoSuchBucketException.class,
        () -> s3.getObject(b -> b.bucket("nope").key("x")));
    assertEquals(404, bucket.statusCode());
    assertTrue(bucket.awsErrorDetails().rawResponse().asUtf8String()
        .contains("<BucketName>nope</BucketName>"));
    NoSuchKeyException key = assertThrows(NoSuchKeyException.class,
        () -> s3.getObject(b -> b.bucket("photos").key("missing/key")));
    assertEquals("The specified key does not exist.", key.awsErrorDetails().errorMessage());
    assertTrue(key.awsErrorDetails().rawResponse().asUtf8String()
        .contains("<Key>missing/key</Key>"));
    assertEquals(key.requestId(), requestIdHeader(key));
    // HEAD errors have no body: the SDK knows a HEAD 404 means the key.
    assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket("photos").key("no")));
  }

  @Test
  void unknownAccessKey() {
    S3Exception e = refusedWith(AwsSessionCredentials.create("ASIAUNKNOWN000000001",
        creds.secretAccessKey(), creds.sessionToken()), "InvalidAccessKeyId", 403);
    assertEquals("The AWS Access Key Id you provided does not exist in our records.",
        e.awsErrorDetails().errorMessage());
    assertTrue(e.awsErrorDetails().rawResponse().asUtf8String()
        .contains("<AWSAccessKeyId>ASIAUNKNOWN000000001</AWSAccessKeyId>"));
  }

  @Test
  void wrongSessionToken() {
    refusedWith(AwsSessionCredentials.create(creds.accessKeyId(), creds.secretAccessKey(),
        "not-the-token"), "InvalidToken", 400);
  }

  @Test
  void wrongSecret() {
    S3Exception e = refusedWith(AwsSessionCredentials.create(creds.accessKeyId(), "wrong-secret",
        creds.sessionToken()), "SignatureDoesNotMatch", 403);
    String body = e.awsErrorDetails().rawResponse().asUtf8String();
    assertTrue(body.contains("<StringToSign>AWS4-HMAC-SHA256\n"), body);
    assertTrue(body.contains("<CanonicalRequest>GET\n/photos/here\n"), body);
    assertTrue(body.contains("<SignatureProvided>"), body);
    assertEquals(Verdicts.Signature.MISMATCH, lastEntry().signature());
  }

  @Test
  void signedForAnotherRegion() {
    try (S3Client east = S3Clients.virtualTime(world, "us-east-1", creds)) {
      S3Exception e = assertThrows(S3Exception.class,
          () -> east.getObject(b -> b.bucket("photos").key("here")));
      assertEquals("AuthorizationHeaderMalformed", e.awsErrorDetails().errorCode());
      assertEquals(400, e.statusCode());
      assertEquals("The authorization header is malformed; the region 'us-east-1' is wrong; "
          + "expecting 'eu-west-1'", e.awsErrorDetails().errorMessage());
      assertEquals("eu-west-1", e.awsErrorDetails().sdkHttpResponse()
          .firstMatchingHeader("x-amz-bucket-region").orElseThrow());
    }
    JournalEntry entry = lastEntry();
    assertEquals("us-east-1", entry.region());
    assertEquals(Verdicts.Signature.WRONG_REGION, entry.signature());
    assertEquals(issued.accessKeyId(), entry.credentials().accessKeyId());
  }

  @Test
  void signedForAnotherService() {
    try (S3Client sts = S3Clients.builder(world, "eu-west-1", creds).putAuthScheme(
        TweakedSigner.create().clock(world.clock())
            .with(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "sts").scheme()).build()) {
      S3Exception e = assertThrows(S3Exception.class,
          () -> sts.getObject(b -> b.bucket("photos").key("here")));
      assertEquals("AuthorizationHeaderMalformed", e.awsErrorDetails().errorCode());
      assertEquals("The authorization header is malformed; incorrect service \"sts\". This "
          + "endpoint belongs to \"s3\".", e.awsErrorDetails().errorMessage());
    }
  }

  @Test
  void anonymousRequests() {
    try (S3Client anonymous = S3Clients.builder(world, "eu-west-1", creds)
        .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
      S3Exception denied = assertThrows(S3Exception.class,
          () -> anonymous.getObject(b -> b.bucket("photos").key("here")));
      assertEquals("AccessDenied", denied.awsErrorDetails().errorCode());
      assertEquals(403, denied.statusCode());
      assertEquals(Verdicts.Signature.MISSING, lastEntry().signature());
      assertThrows(NoSuchBucketException.class,
          () -> anonymous.getObject(b -> b.bucket("nope").key("here")));
    }
  }

  @Test
  void injectedFaultsAnswerAsS3AndAreJournaledByName() {
    world.faults().inject(FaultTarget.S3, FaultKind.THROTTLE, Instant.MAX);
    S3Exception slow = assertThrows(S3Exception.class,
        () -> s3.getObject(b -> b.bucket("photos").key("here")));
    assertEquals("SlowDown", slow.awsErrorDetails().errorCode());
    assertEquals(503, slow.statusCode());
    assertEquals("GetObject", lastEntry().operation().awsName());
    assertEquals("photos/here", lastEntry().resource());
    assertEquals("throttle", lastEntry().fault());
    world.faults().inject(FaultTarget.S3, FaultKind.ERROR, Instant.MAX);
    S3Exception error = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket("photos").key("x"), RequestBody.fromString("x")));
    assertEquals("InternalError", error.awsErrorDetails().errorCode());
    assertEquals(500, error.statusCode());
    assertEquals("PutObject", lastEntry().operation().awsName());
  }

  @Test
  void headErrorsCarryNoBody() {
    try (S3Client stranger = S3Clients.virtualTime(world, "eu-west-1",
        AwsSessionCredentials.create("ASIAUNKNOWN000000002", "s", "t"))) {
      S3Exception e = assertThrows(S3Exception.class,
          () -> stranger.headObject(b -> b.bucket("photos").key("here")));
      assertEquals(403, e.statusCode());
      var raw = e.awsErrorDetails().rawResponse();
      assertTrue(raw == null || raw.asByteArray().length == 0);
      assertEquals("InvalidAccessKeyId", lastEntry().errorCode());
    }
  }

  private static S3Exception refusedWith(AwsSessionCredentials c, String code, int status) {
    try (S3Client client = S3Clients.virtualTime(world, "eu-west-1", c)) {
      S3Exception e = assertThrows(S3Exception.class,
          () -> client.getObject(b -> b.bucket("photos").key("here")));
      assertEquals(code, e.awsErrorDetails().errorCode());
      assertEquals(status, e.statusCode());
      assertEquals(code, lastEntry().errorCode());
      return e;
    }
  }

  private static JournalEntry lastEntry() {
    return world.journal().newest(1).get(0);
  }

  private static String requestIdHeader(S3Exception e) {
    return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-request-id")
        .orElseThrow();
  }

}
