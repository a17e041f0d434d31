package dev.lapse.internal.aws.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.ExpiredTokenException;
import software.amazon.awssdk.services.sts.model.InvalidIdentityTokenException;
import software.amazon.awssdk.services.sts.model.StsException;

/** AssumeRoleWithWebIdentity through the real (unsigned) SDK call. */
class WebIdentityTest {
  private static final StsWorld w = new StsWorld();

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void reset() {
    w.reset();
  }

  private AssumeRoleWithWebIdentityResponse assume(String token, String session,
      Integer seconds) {
    return w.anonymous.assumeRoleWithWebIdentity(r -> r.roleArn(w.role)
        .roleSessionName(session).webIdentityToken(token).durationSeconds(seconds));
  }

  private JournalEntry last() {
    List<JournalEntry> all = w.world.journal().entries();
    return all.get(all.size() - 1);
  }

  @Test
  void tradesADeveloperTokenForRoleCredentials() {
    GetOpenIdTokenForDeveloperIdentityResponse dev = w.developerToken("alice", 900);
    AssumeRoleWithWebIdentityResponse r = assume(dev.token(), "app-session", 900);
    assertTrue(r.credentials().accessKeyId().startsWith("ASIA"));
    assertEquals(StsWorld.START.plus(Duration.ofSeconds(900)), r.credentials().expiration());
    assertEquals(dev.identityId(), r.subjectFromWebIdentityToken());
    assertEquals("arn:aws:sts::123456789012:assumed-role/lapse-authenticated/app-session",
        r.assumedRoleUser().arn());
    assertTrue(r.assumedRoleUser().assumedRoleId().startsWith("AROA"));
    assertTrue(r.assumedRoleUser().assumedRoleId().endsWith(":app-session"));
    assertEquals("https://cognito-identity.amazonaws.com", r.provider());
    assertEquals(w.pool, r.audience());
    JournalEntry entry = last();
    assertEquals("AssumeRoleWithWebIdentity", entry.operation().awsName());
    assertEquals(Verdicts.Expiry.VALID, entry.expiry());
    assertEquals("AssumeRoleWithWebIdentity", entry.issuedCredentials().issuedBy());
    assertEquals(entry.loginToken().tokenId(), entry.issuedCredentials().fromToken());
    assertEquals(dev.identityId(), entry.issuedCredentials().identityId());
  }

  @Test
  void defaultDurationIsOneHourAndOpenIdTokensWorkToo() {
    String guest = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    String token = w.app.getOpenIdToken(r -> r.identityId(guest)).token();
    AssumeRoleWithWebIdentityResponse r = assume(token, "guest", null);
    assertEquals(StsWorld.START.plus(Duration.ofHours(1)), r.credentials().expiration());
    assertEquals(guest, r.subjectFromWebIdentityToken());
  }

  @Test
  void parameterValidation() {
    String token = w.developerToken("bob", 900).token();
    for (String session : new String[] {"a", "x".repeat(65), "bad session"}) {
      StsException e = assertThrows(StsException.class, () -> assume(token, session, 900));
      assertEquals("ValidationError", e.awsErrorDetails().errorCode());
      assertEquals(400, e.statusCode());
      assertTrue(e.awsErrorDetails().errorMessage().contains("'roleSessionName'"));
    }
    for (int seconds : new int[] {899, 43_201}) {
      StsException e = assertThrows(StsException.class, () -> assume(token, "ok", seconds));
      assertEquals("ValidationError", e.awsErrorDetails().errorCode());
      assertTrue(e.awsErrorDetails().errorMessage().contains("'durationSeconds'"));
    }
    assume(token, "ok", 43_200);
    StsException arn = assertThrows(StsException.class, () -> w.anonymous
        .assumeRoleWithWebIdentity(r -> r.roleArn("not-an-arn-at-all-really").roleSessionName("ok")
            .webIdentityToken(token)));
    assertEquals("ValidationError", arn.awsErrorDetails().errorCode());
  }

  @Test
  void garbageAndTamperedTokensAreInvalid() {
    String token = w.developerToken("carol", 900).token();
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    for (String bad : new String[] {"garbage-token", tampered}) {
      var e = assertThrows(InvalidIdentityTokenException.class, () -> assume(bad, "s1", 900));
      assertEquals(400, e.statusCode());
      assertEquals("InvalidIdentityToken", e.awsErrorDetails().errorCode());
    }
    assertTrue(w.world.journal().violations().isEmpty());
  }

  @Test
  void tokenIsAliveUntilItsExpiryInstant() {
    String token = w.developerToken("dave", 900).token();
    Instant expiry = StsWorld.START.plus(Duration.ofSeconds(900));
    w.world.clock().set(expiry.minusMillis(1));
    assume(token, "just-in-time", 900);
    w.world.clock().set(expiry);
    var e = assertThrows(ExpiredTokenException.class, () -> assume(token, "too-late", 900));
    assertEquals(400, e.statusCode());
    assertEquals("Token expired: current date/time " + expiry.getEpochSecond()
        + " must be before the expiration date/time " + expiry.getEpochSecond(),
        e.awsErrorDetails().errorMessage());
    assertEquals(List.of(last()), w.world.journal().violations());
    assertEquals(Verdicts.Expiry.EXPIRED, last().expiry());
    w.world.clock().advance(Duration.ofDays(1));
    assertThrows(ExpiredTokenException.class, () -> assume(token, "much-too-late", 900));
    assertEquals(2, w.world.journal().violations().size());
  }
}
