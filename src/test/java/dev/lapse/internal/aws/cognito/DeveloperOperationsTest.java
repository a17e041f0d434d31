package dev.lapse.internal.aws.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.journal.JournalEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.LookupDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** The developer's signed calls, through the real SDK client signing with the IAM key. */
class DeveloperOperationsTest {
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
  void developerTokenCarriesCognitosClaimsAndVerifies() throws Exception {
    GetOpenIdTokenForDeveloperIdentityResponse r = w.developerToken("alice", 3600);
    JsonNode claims = CognitoWorld.claims(r.token());
    assertEquals("https://cognito-identity.amazonaws.com", claims.get("iss").asText());
    assertEquals(w.pool, claims.get("aud").asText());
    assertEquals(r.identityId(), claims.get("sub").asText());
    assertEquals("authenticated", claims.get("amr").get(0).asText());
    assertEquals(WorldConfig.DEVELOPER_PROVIDER, claims.get("amr").get(1).asText());
    assertEquals(CognitoWorld.START.getEpochSecond(), claims.get("iat").asLong());
    assertEquals(3600, claims.get("exp").asLong() - claims.get("iat").asLong());
    assertTrue(w.world.authority().verifiedClaims(r.token()).isPresent());
    JournalEntry entry = w.world.journal().entries().get(0);
    assertEquals("GetOpenIdTokenForDeveloperIdentity", entry.operation().awsName());
    assertEquals(dev.lapse.journal.Verdicts.Signature.VALID, entry.signature());
    assertEquals("us-east-1", entry.region());
    assertEquals(r.identityId(), entry.issuedIdentityId());
    assertEquals("developer", entry.issuedToken().kind());
  }

  @Test
  void sameUserSameIdentityAndTheDefaultDurationIs900Seconds() throws Exception {
    Map<String, String> login = Map.of(WorldConfig.DEVELOPER_PROVIDER, "dave");
    var first = w.developer.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(w.pool)
        .logins(login));
    var second = w.developer.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(w.pool)
        .logins(login).identityId(first.identityId()));
    assertEquals(first.identityId(), second.identityId());
    assertNotEquals(first.token(), second.token());
    JsonNode claims = CognitoWorld.claims(first.token());
    assertEquals(900, claims.get("exp").asLong() - claims.get("iat").asLong());
    assertNotEquals(first.identityId(), w.developerToken("erin", 900).identityId());
  }

  @Test
  void tokenDurationOutsideOneSecondToOneDay() {
    for (long bad : new long[] {0, 86_401}) {
      var e = assertThrows(InvalidParameterException.class, () -> w.developerToken("al", bad));
      assertTrue(e.awsErrorDetails().errorMessage().contains("'tokenDuration'"), e.getMessage());
    }
    w.developerToken("al", 1);
    w.developerToken("al", 86_400);
  }

  @Test
  void developerCallRefusals() {
    var provider = assertThrows(NotAuthorizedException.class, () -> w.developer
        .getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(w.pool)
            .logins(Map.of("login.someone-else.com", "al"))));
    assertTrue(provider.awsErrorDetails().errorMessage().contains("login.someone-else.com"));
    var pool = assertThrows(ResourceNotFoundException.class, () -> w.developer
        .getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId("us-east-1:other")
            .logins(Map.of(WorldConfig.DEVELOPER_PROVIDER, "al"))));
    assertEquals("IdentityPool 'us-east-1:other' not found.",
        pool.awsErrorDetails().errorMessage());
    var noLogins = assertThrows(InvalidParameterException.class, () -> w.developer
        .getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(w.pool)));
    assertTrue(noLogins.awsErrorDetails().errorMessage().contains("'logins'"));
    String guest = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    assertThrows(ResourceConflictException.class, () -> w.developer
        .getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(w.pool).identityId(guest)
            .logins(Map.of(WorldConfig.DEVELOPER_PROVIDER, "al"))));
  }

  @Test
  void lookupDeveloperIdentityByUserAndById() {
    String id = w.developerToken("frank", 900).identityId();
    LookupDeveloperIdentityResponse byUser = w.developer.lookupDeveloperIdentity(r -> r
        .identityPoolId(w.pool).developerUserIdentifier("frank").maxResults(10));
    assertEquals(id, byUser.identityId());
    assertEquals(List.of("frank"), byUser.developerUserIdentifierList());
    LookupDeveloperIdentityResponse byId = w.developer.lookupDeveloperIdentity(r -> r
        .identityPoolId(w.pool).identityId(id));
    assertEquals(List.of("frank"), byId.developerUserIdentifierList());
    assertThrows(ResourceNotFoundException.class, () -> w.developer.lookupDeveloperIdentity(r -> r
        .identityPoolId(w.pool).developerUserIdentifier("nobody")));
    assertThrows(InvalidParameterException.class, () -> w.developer.lookupDeveloperIdentity(r -> r
        .identityPoolId(w.pool)));
  }

  @Test
  void describeIdentityPool() {
    DescribeIdentityPoolResponse r = w.developer.describeIdentityPool(b -> b.identityPoolId(w.pool));
    assertEquals(w.pool, r.identityPoolId());
    assertEquals(WorldConfig.DEVELOPER_PROVIDER, r.developerProviderName());
    assertTrue(r.allowUnauthenticatedIdentities());
    assertEquals("lapse", r.identityPoolName());
    assertTrue(r.supportedLoginProviders().isEmpty());
  }
}
