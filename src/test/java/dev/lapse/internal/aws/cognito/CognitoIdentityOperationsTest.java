package dev.lapse.internal.aws.cognito;

import static dev.lapse.internal.aws.cognito.CognitoWorld.cognitoLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.journal.JournalEntry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** GetId, GetOpenIdToken and GetCredentialsForIdentity through the real unsigned SDK client. */
class CognitoIdentityOperationsTest {
  private static final CognitoWorld w = new CognitoWorld();

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void reset() {
    w.reset();
  }

  @Test
  void getIdWithoutLoginsHandsOutANewGuestEachTime() {
    String first = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    String second = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    assertTrue(first.startsWith("us-east-1:"), first);
    assertNotEquals(first, second);
    JournalEntry entry = w.world.journal().entries().get(0);
    assertEquals("GetId", entry.operation().awsName());
    assertEquals("us-east-1", entry.region());
    assertEquals(first, entry.issuedIdentityId());
  }

  @Test
  void getIdWithADeveloperTokenGivesThatTokensIdentity() {
    GetOpenIdTokenForDeveloperIdentityResponse dev = w.developerToken("alice", 900);
    String id = w.app.getId(r -> r.identityPoolId(w.pool).logins(cognitoLogin(dev.token())))
        .identityId();
    String again = w.app.getId(r -> r.identityPoolId(w.pool).logins(cognitoLogin(dev.token())))
        .identityId();
    assertEquals(dev.identityId(), id);
    assertEquals(id, again);
  }

  @Test
  void getIdForAnUnknownPoolOrWithoutAPool() {
    var notFound = assertThrows(ResourceNotFoundException.class,
        () -> w.app.getId(r -> r.identityPoolId("us-east-1:nope")));
    assertEquals("IdentityPool 'us-east-1:nope' not found.",
        notFound.awsErrorDetails().errorMessage());
    var missing = assertThrows(InvalidParameterException.class, () -> w.app.getId(r -> { }));
    assertTrue(missing.awsErrorDetails().errorMessage().contains("'identityPoolId'"),
        missing.getMessage());
  }

  @Test
  void getIdWithALoginProviderThePoolDoesNotTrust() {
    var e = assertThrows(NotAuthorizedException.class, () -> w.app.getId(r -> r
        .identityPoolId(w.pool).logins(Map.of("graph.facebook.com", "abc"))));
    assertTrue(e.awsErrorDetails().errorMessage().contains("graph.facebook.com"));
  }

  @Test
  void getOpenIdTokenForAGuestLivesTenMinutes() throws Exception {
    String id = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    GetOpenIdTokenResponse t = w.app.getOpenIdToken(r -> r.identityId(id));
    assertEquals(id, t.identityId());
    JsonNode claims = CognitoWorld.claims(t.token());
    assertEquals(id, claims.get("sub").asText());
    assertEquals("unauthenticated", claims.get("amr").get(0).asText());
    assertEquals(600, claims.get("exp").asLong() - claims.get("iat").asLong());
    assertTrue(w.world.authority().verifiedClaims(t.token()).isPresent());
    JournalEntry entry = w.world.journal().entries().get(1);
    assertEquals("GetOpenIdToken", entry.operation().awsName());
    assertEquals(CognitoWorld.START.plus(Duration.ofMinutes(10)),
        entry.issuedToken().expiresAt());
  }

  @Test
  void getOpenIdTokenForAnAuthenticatedIdentityNeedsItsLogins() {
    GetOpenIdTokenForDeveloperIdentityResponse dev = w.developerToken("bob", 900);
    var e = assertThrows(NotAuthorizedException.class,
        () -> w.app.getOpenIdToken(r -> r.identityId(dev.identityId())));
    assertEquals(CognitoErrors.LOGINS_DONT_MATCH, e.awsErrorDetails().errorMessage());
    GetOpenIdTokenResponse t = w.app.getOpenIdToken(r -> r.identityId(dev.identityId())
        .logins(cognitoLogin(dev.token())));
    assertEquals(dev.identityId(), t.identityId());
  }

  @Test
  void getCredentialsForADeveloperIdentity() {
    GetOpenIdTokenForDeveloperIdentityResponse dev = w.developerToken("alice", 900);
    w.world.clock().advance(Duration.ofSeconds(30));
    GetCredentialsForIdentityResponse r = w.app.getCredentialsForIdentity(b -> b
        .identityId(dev.identityId()).logins(cognitoLogin(dev.token())));
    Credentials c = r.credentials();
    assertEquals(dev.identityId(), r.identityId());
    assertTrue(c.accessKeyId().startsWith("ASIA"));
    assertEquals(CognitoWorld.START.plus(Duration.ofSeconds(30)).plus(Duration.ofHours(1)),
        c.expiration());
    JournalEntry entry = w.world.journal().entries().get(1);
    assertEquals("GetCredentialsForIdentity", entry.operation().awsName());
    assertEquals(dev.identityId(), entry.resource());
    assertEquals(c.accessKeyId(), entry.issuedCredentials().accessKeyId());
    assertEquals("GetCredentialsForIdentity", entry.issuedCredentials().issuedBy());
    assertEquals(entry.loginToken().tokenId(), entry.issuedCredentials().fromToken());
    assertEquals(dev.identityId(), entry.loginToken().identityId());
    assertEquals(dev.token(), w.world.authority().token(dev.token()).orElseThrow().jwt());
  }

  @Test
  void credentialsExpirationKeepsAFractionOfASecond() {
    w.world.clock().set(CognitoWorld.START.plusMillis(250));
    String id = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    Credentials c = w.app.getCredentialsForIdentity(b -> b.identityId(id)).credentials();
    assertEquals(CognitoWorld.START.plusMillis(250).plus(Duration.ofHours(1)), c.expiration());
  }

  @Test
  void guestCredentialsNeedNoLogins() {
    String id = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    GetCredentialsForIdentityResponse r = w.app.getCredentialsForIdentity(b -> b.identityId(id));
    assertEquals(id, r.identityId());
    JournalEntry entry = w.world.journal().entries().get(1);
    assertNull(entry.loginToken());
    assertEquals(w.world.config().unauthenticatedRoleArn(), w.world.authority()
        .credentials(r.credentials().accessKeyId()).orElseThrow().roleArn());
  }

  @Test
  void getCredentialsRefusals() {
    GetOpenIdTokenForDeveloperIdentityResponse alice = w.developerToken("alice", 900);
    GetOpenIdTokenForDeveloperIdentityResponse bob = w.developerToken("bob", 900);
    var unknown = assertThrows(ResourceNotFoundException.class,
        () -> w.app.getCredentialsForIdentity(b -> b.identityId("us-east-1:missing")));
    assertEquals("Identity 'us-east-1:missing' not found.",
        unknown.awsErrorDetails().errorMessage());
    var otherToken = assertThrows(NotAuthorizedException.class,
        () -> w.app.getCredentialsForIdentity(b -> b.identityId(alice.identityId())
            .logins(cognitoLogin(bob.token()))));
    assertEquals(CognitoErrors.LOGINS_DONT_MATCH, otherToken.awsErrorDetails().errorMessage());
    var noLogins = assertThrows(NotAuthorizedException.class,
        () -> w.app.getCredentialsForIdentity(b -> b.identityId(alice.identityId())));
    assertEquals(CognitoErrors.LOGINS_DONT_MATCH, noLogins.awsErrorDetails().errorMessage());
    String tampered = alice.token().substring(0, alice.token().length() - 4) + "AAAA";
    for (String bad : new String[] {"garbage", tampered}) {
      var invalid = assertThrows(NotAuthorizedException.class,
          () -> w.app.getCredentialsForIdentity(b -> b.identityId(alice.identityId())
              .logins(cognitoLogin(bad))));
      assertEquals("Invalid login token. Not a valid OpenId Connect identity token.",
          invalid.awsErrorDetails().errorMessage());
    }
    var missing = assertThrows(InvalidParameterException.class,
        () -> w.app.getCredentialsForIdentity(b -> { }));
    assertTrue(missing.awsErrorDetails().errorMessage().contains("'identityId'"));
    assertTrue(w.world.journal().violations().isEmpty());
  }
}
