package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.clock.WallClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import dev.lapse.vocabulary.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned URLs made by the real SDK v2 {@code S3Presigner} and opened with a plain HTTP
 * client, as a browser or another device would. The presigner signs with the machine's time
 * (it reads {@code Instant.now()} itself and takes no clock), so the world starts at wall time
 * through {@link WallClock}, the one door to it, and then moves only when the test says.
 */
class S3PresignedUrlTest {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .build();
  private Instant start;
  private World world;
  private IssuedCredentials issued;
  private S3Presigner presigner;

  @BeforeEach
  void start() {
    start = WallClock.now();
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1")),
        new VirtualClock(start));
    issued = S3Clients.issue(world, Duration.ofHours(1));
    try (S3Client s3 = S3Clients.virtualTime(world, "eu-west-1", S3Clients.sdk(issued))) {
      s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("meow"));
    }
    presigner = S3Presigner.builder().region(Region.EU_WEST_1)
        .endpointOverride(world.endpoint())
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .credentialsProvider(StaticCredentialsProvider.create(S3Clients.sdk(issued)))
        .build();
  }

  @AfterEach
  void stop() {
    presigner.close();
    world.close();
  }

  @Test
  void getPutAndHeadWorkThroughTheirLinks() {
    URL get = presignGet("cat.jpg", Duration.ofMinutes(10));
    assertTrue(get.getQuery().contains("X-Amz-Security-Token="), get.toString());
    HttpResponse<String> got = open("GET", get, null);
    assertEquals(200, got.statusCode(), got.body());
    assertEquals("meow", got.body());

    URL put = presigner.presignPutObject(b -> b.signatureDuration(Duration.ofMinutes(10))
        .putObjectRequest(r -> r.bucket("photos").key("dog.jpg"))).url();
    HttpResponse<String> putAnswer = open("PUT", put, "woof");
    assertEquals(200, putAnswer.statusCode(), putAnswer.body());
    assertEquals("woof", open("GET", presignGet("dog.jpg", Duration.ofMinutes(1)), null).body());

    URL head = presigner.presignHeadObject(b -> b.signatureDuration(Duration.ofMinutes(10))
        .headObjectRequest(r -> r.bucket("photos").key("cat.jpg"))).url();
    HttpResponse<String> headAnswer = open("HEAD", head, null);
    assertEquals(200, headAnswer.statusCode());
    assertEquals("4", headAnswer.headers().firstValue("Content-Length").orElseThrow());

    JournalEntry first = world.journal().entries().get(1);
    assertEquals(Operation.GET_OBJECT, first.operation());
    assertEquals(Verdicts.Signature.VALID, first.signature());
    assertNotNull(first.presigned(), "the journal says the request was presigned");
    assertEquals(Duration.ofMinutes(10), first.presigned().lifetime());
    assertEquals(issued.accessKeyId(), first.credentials().accessKeyId());
    assertEquals(Operation.PUT_OBJECT, world.journal().entries().get(2).operation());
    assertNull(world.journal().entries().get(0).presigned(), "a header-signed PUT");
  }

  @Test
  void aTamperedLinkIsRefusedAsStrictlyAsAHeaderSignature() {
    String url = presignGet("cat.jpg", Duration.ofMinutes(10)).toString();
    assertError(open("GET", URI.create(url.replace("/cat.jpg", "/dog.jpg")), null), 403,
        "SignatureDoesNotMatch", S3Errors.SIGNATURE_MISMATCH);
    assertError(open("GET", URI.create(url.replace("X-Amz-Expires=600", "X-Amz-Expires=6000")),
        null), 403, "SignatureDoesNotMatch", S3Errors.SIGNATURE_MISMATCH);
    assertError(open("GET", URI.create(url.replaceFirst("X-Amz-Signature=[0-9a-f]+&?", "")),
        null), 400, "AuthorizationQueryParametersError",
        "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential,"
            + " X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
    assertEquals(Verdicts.Signature.MISMATCH, world.journal().entries().get(1).signature());
  }

  @Test
  void pastItsExpiresTheLinkHasExpired() {
    URL link = presignGet("cat.jpg", Duration.ofMinutes(10));
    world.clock().set(start.plus(Duration.ofMinutes(9)));
    assertEquals(200, open("GET", link, null).statusCode());
    world.clock().set(start.plus(Duration.ofMinutes(11)));
    HttpResponse<String> expired = open("GET", link, null);
    assertError(expired, 403, "AccessDenied", "Request has expired");
    assertTrue(expired.body().contains("<X-Amz-Expires>600</X-Amz-Expires>"), expired.body());
    assertTrue(expired.body().contains("<ServerTime>" + start.plus(Duration.ofMinutes(11))
        + "</ServerTime>"), expired.body());
    JournalEntry entry = last();
    assertTrue(expired.body().contains("<Expires>" + dev.lapse.internal.aws.HttpDates.iso(
        entry.presigned().signedAt().plusSeconds(600)) + "</Expires>"), expired.body());
    assertEquals(Verdicts.Signature.LINK_EXPIRED, entry.signature());
    assertEquals(Verdicts.Expiry.VALID, entry.expiry(), "the credentials were still alive");
    assertEquals(Duration.ofMinutes(10), entry.presigned().lifetime());
  }

  @Test
  void aLinkSignedOnAClockMoreThan15MinutesAheadIsNotYetValid() {
    URL link = presignGet("cat.jpg", Duration.ofHours(1));
    world.clock().set(start.minus(Duration.ofMinutes(14)));
    assertEquals(200, open("GET", link, null).statusCode(), "within S3's 15 minutes");
    world.clock().set(start.minus(Duration.ofMinutes(16)));
    HttpResponse<String> early = open("GET", link, null);
    assertError(early, 403, "AccessDenied", "Request is not yet valid");
    JournalEntry entry = last();
    assertEquals(Verdicts.Signature.LINK_NOT_YET_VALID, entry.signature());
    assertTrue(early.body().contains("<X-Amz-Date>" + entry.presigned().signedAt().toEpochMilli()
        + "</X-Amz-Date>"), "S3 states it in epoch milliseconds: " + early.body());
    assertTrue(early.body().contains("<Expires>" + dev.lapse.internal.aws.HttpDates.iso(
        entry.presigned().linkExpiresAt()) + "</Expires>"), early.body());
    assertTrue(early.body().contains("<ServerTime>" + start.minus(Duration.ofMinutes(16))
        + "</ServerTime>"), early.body());
  }

  @Test
  void aLinkDiesWithTheCredentialsThatSignedItWhicheverComesFirst() {
    URL link = presignGet("cat.jpg", Duration.ofHours(2));
    world.clock().set(start.plus(Duration.ofMinutes(61)));
    HttpResponse<String> expired = open("GET", link, null);
    assertError(expired, 400, "ExpiredToken", "The provided token has expired.");
    assertTrue(expired.body().contains("<Token-0>" + issued.sessionToken() + "</Token-0>"),
        expired.body());
    JournalEntry entry = last();
    assertEquals(Verdicts.Expiry.EXPIRED, entry.expiry());
    assertEquals(Duration.ofHours(2), entry.presigned().lifetime());
    assertTrue(entry.presigned().linkExpiresAt().isAfter(entry.credentials().expiresAt()));
  }

  @Test
  void aLinkForMoreThanAWeekIsRefusedBeforeItsSignature() {
    String url = presignGet("cat.jpg", Duration.ofDays(7)).toString();
    assertTrue(url.contains("X-Amz-Expires=604800"), url);
    assertEquals(200, open("GET", URI.create(url), null).statusCode());
    assertError(open("GET", URI.create(url.replace("X-Amz-Expires=604800",
        "X-Amz-Expires=604801")), null), 400, "AuthorizationQueryParametersError",
        "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires"
            + " must be less than 604800 seconds");
  }

  @Test
  void aLinkSignedForAnotherRegionNamesTheBucketsRegion() {
    try (S3Presigner wrong = S3Presigner.builder().region(Region.US_EAST_1)
        .endpointOverride(world.endpoint())
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .credentialsProvider(StaticCredentialsProvider.create(S3Clients.sdk(issued))).build()) {
      URL link = wrong.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(10))
          .getObjectRequest(r -> r.bucket("photos").key("cat.jpg"))).url();
      HttpResponse<String> r = open("GET", link, null);
      assertError(r, 400, "AuthorizationQueryParametersError", "Error parsing the"
          + " X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'");
      assertTrue(r.body().contains("<Region>eu-west-1</Region>"), r.body());
      assertEquals("eu-west-1", r.headers().firstValue("x-amz-bucket-region").orElseThrow());
      assertEquals(Verdicts.Signature.WRONG_REGION, last().signature());
    }
  }

  private URL presignGet(String key, Duration lifetime) {
    return presigner.presignGetObject(b -> b.signatureDuration(lifetime)
        .getObjectRequest(r -> r.bucket("photos").key(key))).url();
  }

  private JournalEntry last() {
    var entries = world.journal().entries();
    return entries.get(entries.size() - 1);
  }

  private HttpResponse<String> open(String method, URL url, String body) {
    return open(method, URI.create(url.toString()), body);
  }

  private HttpResponse<String> open(String method, URI uri, String body) {
    HttpRequest request = HttpRequest.newBuilder(uri).method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertError(HttpResponse<String> r, int status, String code,
      String message) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains("<Code>" + code + "</Code>"), r.body());
    assertTrue(r.body().contains("<Message>" + message), r.body());
  }
}
