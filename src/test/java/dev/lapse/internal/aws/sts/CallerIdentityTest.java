package dev.lapse.internal.aws.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.SdkClients;
import dev.lapse.journal.JournalEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** GetCallerIdentity signed by the real SDK with each kind of credentials. */
class CallerIdentityTest {
  private static final StsWorld w = new StsWorld();

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void reset() {
    w.reset();
  }

  private static GetCallerIdentityResponse whoAmI(AwsCredentialsProvider creds) {
    try (StsClient sts = SdkClients.sts(w.world, creds)) {
      return sts.getCallerIdentity();
    }
  }

  private static StsException refused(AwsCredentialsProvider creds) {
    try (StsClient sts = SdkClients.sts(w.world, creds)) {
      return assertThrows(StsException.class, sts::getCallerIdentity);
    }
  }

  private static void assertError(StsException e, int status, String code, String message) {
    assertEquals(status, e.statusCode());
    assertEquals(code, e.awsErrorDetails().errorCode());
    assertEquals(message, e.awsErrorDetails().errorMessage());
  }

  private static AwsCredentialsProvider session(Credentials c) {
    return SdkClients.session(c.accessKeyId(), c.secretKey(), c.sessionToken());
  }

  @Test
  void theDeveloperKeyIsTheDevelopersIamUser() {
    GetCallerIdentityResponse r = whoAmI(SdkClients.developerKey());
    assertEquals("123456789012", r.account());
    assertEquals("arn:aws:iam::123456789012:user/lapse-developer", r.arn());
  }

  @Test
  void cognitoCredentialsAreTheAuthenticatedRolesSession() {
    Credentials c = w.cognitoCredentials("alice");
    GetCallerIdentityResponse r = whoAmI(session(c));
    assertEquals("arn:aws:sts::123456789012:assumed-role/lapse-authenticated/"
        + "CognitoIdentityCredentials", r.arn());
    assertEquals("123456789012", r.account());
    JournalEntry entry = w.world.journal().entries().get(2);
    assertEquals("GetCallerIdentity", entry.operation().awsName());
    assertEquals(c.accessKeyId(), entry.credentials().accessKeyId());
    assertEquals("us-east-1", entry.region());
  }

  @Test
  void webIdentityCredentialsCarryTheirSessionName() {
    String token = w.developerToken("bob", 900).token();
    var assumed = w.anonymous.assumeRoleWithWebIdentity(r -> r.roleArn(w.role)
        .roleSessionName("bobs-phone").webIdentityToken(token)).credentials();
    GetCallerIdentityResponse r = whoAmI(SdkClients.session(assumed.accessKeyId(),
        assumed.secretAccessKey(), assumed.sessionToken()));
    assertEquals("arn:aws:sts::123456789012:assumed-role/lapse-authenticated/bobs-phone",
        r.arn());
  }

  @Test
  void credentialsPastTheirExpiryAreExpiredAndJournaledOnce() {
    Credentials c = w.cognitoCredentials("carol");
    whoAmI(session(c));
    w.world.clock().advance(Duration.ofHours(1));
    assertError(refused(session(c)), 403, "ExpiredToken",
        "The security token included in the request is expired");
    List<JournalEntry> violations = w.world.journal().violations();
    assertEquals(1, violations.size());
    assertEquals(c.accessKeyId(), violations.get(0).credentials().accessKeyId());
    assertEquals("GetCallerIdentity", violations.get(0).operation().awsName());
  }

  @Test
  void badKeysBadSignaturesAndNoSignature() {
    assertError(refused(SdkClients.keys("AKIAUNKNOWN000000000", "x")), 403,
        "InvalidClientTokenId", "The security token included in the request is invalid.");
    assertError(refused(SdkClients.keys(Authority.DEVELOPER_ACCESS_KEY, "wrong")), 403,
        "SignatureDoesNotMatch", "The request signature we calculated does not match the "
            + "signature you provided. Check your AWS Secret Access Key and signing method. "
            + "Consult the service documentation for details.");
    Credentials c = w.cognitoCredentials("dave");
    assertError(refused(SdkClients.session(c.accessKeyId(), c.secretKey(), "forged")), 403,
        "InvalidClientTokenId", "The security token included in the request is invalid.");
    assertError(assertThrows(StsException.class, w.anonymous::getCallerIdentity), 403,
        "MissingAuthenticationToken", "Request is missing Authentication Token");
  }
}
