package dev.lapse.internal.aws.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.SdkClients;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** How the fake Cognito refuses a developer call whose signature does not authenticate. */
class DeveloperSignatureTest {
  private static final CognitoWorld w = new CognitoWorld();

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void reset() {
    w.reset();
  }

  private CognitoIdentityException refused(AwsCredentialsProvider creds, String region) {
    try (CognitoIdentityClient c = SdkClients.cognito(w.world, creds, region)) {
      return assertThrows(CognitoIdentityException.class,
          () -> c.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(w.pool)
              .logins(Map.of(WorldConfig.DEVELOPER_PROVIDER, "mallory"))));
    }
  }

  private static void assertError(CognitoIdentityException e, String code, String message) {
    assertEquals(400, e.statusCode());
    assertEquals(code, e.awsErrorDetails().errorCode());
    assertEquals(message, e.awsErrorDetails().errorMessage());
  }

  private Credentials guestCredentials() {
    String id = w.app.getId(r -> r.identityPoolId(w.pool)).identityId();
    return w.app.getCredentialsForIdentity(b -> b.identityId(id)).credentials();
  }

  @Test
  void unsignedCallIsMissingItsToken() {
    assertError(refused(AnonymousCredentialsProvider.create(), "us-east-1"),
        "MissingAuthenticationTokenException", "Missing Authentication Token");
    assertEquals(Verdicts.Signature.MISSING, w.world.journal().entries().get(0).signature());
  }

  @Test
  void unknownKeyWrongSecretAndWrongRegion() {
    assertError(refused(SdkClients.keys("AKIAUNKNOWN000000000", "x"), "us-east-1"),
        "UnrecognizedClientException", "The security token included in the request is invalid.");
    assertError(refused(SdkClients.keys(Authority.DEVELOPER_ACCESS_KEY, "wrong"), "us-east-1"),
        "InvalidSignatureException", "The request signature we calculated does not match the "
            + "signature you provided. Check your AWS Secret Access Key and signing method. "
            + "Consult the service documentation for details.");
    CognitoIdentityException region = refused(SdkClients.developerKey(), "eu-west-1");
    assertEquals("InvalidSignatureException", region.awsErrorDetails().errorCode());
    assertEquals(400, region.statusCode());
    // What AWS's JSON services say, trailing space included (aws-sdk-java#1097, sdk-ruby#508).
    assertEquals("Credential should be scoped to a valid region, not 'eu-west-1'. ",
        region.awsErrorDetails().errorMessage());
    assertEquals("eu-west-1", w.world.journal().entries().get(2).region());
    assertEquals(List.of(Verdicts.Signature.UNKNOWN_KEY, Verdicts.Signature.MISMATCH,
        Verdicts.Signature.WRONG_REGION), w.world.journal().entries().stream()
            .map(JournalEntry::signature).toList());
  }

  @Test
  void sessionCredentialsWithAForeignTokenAreUnrecognised() {
    Credentials c = guestCredentials();
    assertError(refused(SdkClients.session(c.accessKeyId(), c.secretKey(), "not-the-token"),
        "us-east-1"), "UnrecognizedClientException",
        "The security token included in the request is invalid.");
  }

  @Test
  void liveSessionCredentialsAreDeniedAndExpiredOnesAreExpired() {
    Credentials c = guestCredentials();
    AwsCredentialsProvider session = SdkClients.session(c.accessKeyId(), c.secretKey(),
        c.sessionToken());
    assertEquals("AccessDeniedException",
        refused(session, "us-east-1").awsErrorDetails().errorCode());
    w.world.clock().advance(Duration.ofHours(1));
    assertError(refused(session, "us-east-1"), "ExpiredTokenException",
        "The security token included in the request is expired");
    assertEquals(1, w.world.journal().violations().size());
    assertEquals(c.accessKeyId(),
        w.world.journal().violations().get(0).credentials().accessKeyId());
  }
}
