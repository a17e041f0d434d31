package dev.lapse.internal.aws.cognito;

import static dev.lapse.internal.aws.cognito.CognitoWorld.cognitoLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** A login token is alive up to, and not at, its expiry instant. */
class LoginTokenExpiryTest {
  private static final CognitoWorld w = new CognitoWorld();
  private static final Instant EXPIRY = CognitoWorld.START.plus(Duration.ofMinutes(15));

  private GetOpenIdTokenForDeveloperIdentityResponse dev;

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void mintToken() {
    w.reset();
    dev = w.developerToken("carol", 900);
  }

  private void exchangeAt(Instant t) {
    w.world.clock().set(t);
    w.app.getCredentialsForIdentity(b -> b.identityId(dev.identityId())
        .logins(cognitoLogin(dev.token())));
  }

  private JournalEntry last() {
    List<JournalEntry> all = w.world.journal().entries();
    return all.get(all.size() - 1);
  }

  @Test
  void oneMillisecondBeforeExpiryIsAlive() {
    exchangeAt(EXPIRY.minusMillis(1));
    assertEquals(Verdicts.Expiry.VALID, last().expiry());
    assertEquals(0, w.world.journal().violations().size());
  }

  @Test
  void exactlyAtExpiryIsExpired() {
    var e = assertThrows(NotAuthorizedException.class, () -> exchangeAt(EXPIRY));
    assertEquals("Invalid login token. Token expired: " + EXPIRY.getEpochSecond() + " >= "
        + EXPIRY.getEpochSecond(), e.awsErrorDetails().errorMessage());
    assertEquals(Verdicts.Expiry.EXPIRED, last().expiry());
    assertEquals(List.of(last()), w.world.journal().violations());
    assertEquals(dev.identityId(), last().loginToken().identityId());
  }

  @Test
  void afterExpiryIsExpired() {
    Instant later = EXPIRY.plus(Duration.ofHours(3));
    var e = assertThrows(NotAuthorizedException.class, () -> exchangeAt(later));
    assertEquals("Invalid login token. Token expired: " + later.getEpochSecond() + " >= "
        + EXPIRY.getEpochSecond(), e.awsErrorDetails().errorMessage());
    assertEquals(1, w.world.journal().violations().size());
  }

  @Test
  void modelledLatencyJudgesTheTokenWhenTheRequestArrives() {
    w.world.latency(Duration.ofMillis(2));
    try {
      assertThrows(NotAuthorizedException.class, () -> exchangeAt(EXPIRY.minusMillis(1)));
      assertEquals(EXPIRY.plusMillis(1), last().judgedAt());
    } finally {
      w.world.latency(Duration.ZERO);
    }
  }

  @Test
  void getIdAndGetOpenIdTokenJudgeTheTokenToo() {
    w.world.clock().set(EXPIRY);
    assertThrows(NotAuthorizedException.class, () -> w.app.getId(r -> r.identityPoolId(w.pool)
        .logins(cognitoLogin(dev.token()))));
    assertThrows(NotAuthorizedException.class, () -> w.app.getOpenIdToken(r -> r
        .identityId(dev.identityId()).logins(cognitoLogin(dev.token()))));
    assertEquals(2, w.world.journal().violations().size());
  }
}
