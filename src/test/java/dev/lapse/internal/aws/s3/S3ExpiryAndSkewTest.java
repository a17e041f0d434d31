package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Credentials die exactly at their expiry instant, judged on the virtual clock; the signing
 * time may be up to 15 minutes off. The client signs at virtual time (or a chosen offset from
 * it), so the skew check stays on.
 */
class S3ExpiryAndSkewTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private World world;
  private IssuedCredentials issued;
  private S3Client s3;

  @BeforeEach
  void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1")),
        new VirtualClock(START));
    issued = S3Clients.issue(world, Duration.ofHours(1));
    s3 = S3Clients.virtualTime(world, "eu-west-1", S3Clients.sdk(issued));
    s3.putObject(b -> b.bucket("photos").key("k"), RequestBody.fromString("v"));
  }

  @AfterEach
  void stop() {
    s3.close();
    world.close();
  }

  @Test
  void oneMillisecondBeforeExpiryIsStillValid() {
    world.clock().set(START.plus(Duration.ofHours(1)).minusMillis(1));
    assertEquals("v", s3.getObjectAsBytes(b -> b.bucket("photos").key("k")).asUtf8String());
    assertEquals(Verdicts.Expiry.VALID, last().expiry());
    assertTrue(world.journal().violations().isEmpty());
  }

  @Test
  void atAndAfterExpiryTheTokenHasExpired() {
    Instant expiry = START.plus(Duration.ofHours(1));
    for (Instant t : List.of(expiry, expiry.plusMillis(1), expiry.plus(Duration.ofDays(3)))) {
      world.clock().set(t);
      S3Exception e = assertThrows(S3Exception.class,
          () -> s3.getObject(b -> b.bucket("photos").key("k")));
      assertEquals("ExpiredToken", e.awsErrorDetails().errorCode());
      assertEquals(400, e.statusCode());
      assertEquals("The provided token has expired.", e.awsErrorDetails().errorMessage());
      assertTrue(e.awsErrorDetails().rawResponse().asUtf8String()
          .contains("<Token-0>" + issued.sessionToken() + "</Token-0>"));
    }
    List<JournalEntry> violations = world.journal().violations();
    assertEquals(3, violations.size());
    for (JournalEntry v : violations) {
      assertEquals(issued.accessKeyId(), v.credentials().accessKeyId());
      assertEquals("GetObject", v.operation().awsName());
      assertEquals("ExpiredToken", v.errorCode());
    }
  }

  @Test
  void modelledLatencyCanCarryARequestPastExpiry() {
    world.clock().set(START.plus(Duration.ofHours(1)).minusSeconds(1));
    world.latency(Duration.ofSeconds(2));
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket("photos").key("late"), RequestBody.fromString("x")));
    assertEquals("ExpiredToken", e.awsErrorDetails().errorCode());
    assertEquals(1, world.journal().violations().size());
  }

  @Test
  void signingFourteenMinutesOffIsFineSixteenIsTooSkewed() {
    for (int minutes : new int[] {14, -14}) {
      try (S3Client off = skewedBy(Duration.ofMinutes(minutes))) {
        assertEquals("v", off.getObjectAsBytes(b -> b.bucket("photos").key("k")).asUtf8String());
      }
    }
    for (int minutes : new int[] {16, -16}) {
      try (S3Client off = skewedBy(Duration.ofMinutes(minutes))) {
        S3Exception e = assertThrows(S3Exception.class,
            () -> off.getObject(b -> b.bucket("photos").key("k")));
        assertEquals("RequestTimeTooSkewed", e.awsErrorDetails().errorCode());
        assertEquals(403, e.statusCode());
        String body = e.awsErrorDetails().rawResponse().asUtf8String();
        assertTrue(body.contains(
            "<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>"), body);
        assertTrue(body.contains("<ServerTime>2026-03-01T10:00:00Z</ServerTime>"), body);
        String signedAt = minutes > 0 ? "20260301T101600Z" : "20260301T094400Z";
        assertTrue(body.contains("<RequestTime>" + signedAt + "</RequestTime>"), body);
        assertEquals(Verdicts.Signature.SKEWED, last().signature());
        // The SDK corrects its clock from this header, so it must be the virtual time.
        assertEquals("Sun, 01 Mar 2026 10:00:00 GMT", e.awsErrorDetails().sdkHttpResponse()
            .firstMatchingHeader("Date").orElseThrow());
      }
    }
  }

  private S3Client skewedBy(Duration offset) {
    return S3Clients.builder(world, "eu-west-1", S3Clients.sdk(issued))
        .putAuthScheme(TweakedSigner.create().clock(Clock.offset(world.clock(), offset)).scheme())
        .build();
  }

  private JournalEntry last() {
    return world.journal().newest(1).get(0);
  }
}
