package dev.lapse.junit;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.vocabulary.Operation;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** The injected fake AWS as a user's test drives it: real SDK clients, virtual time moved. */
@LapseTest
class FakeAwsSdkTest {
  private SdkHttpClient http;

  @BeforeEach
  void http() {
    http = UrlConnectionHttpClient.create();
  }

  @AfterEach
  void close() {
    http.close();
  }

  @Test
  void credentialsPresentedAfterTheirHourAreRefusedAndRecordedAsViolations(FakeAws aws) {
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(aws.cognitoEndpoint()).region(Region.of(aws.cognitoRegion()))
        .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(http).build();
    String id = cognito.getId(r -> r.identityPoolId(aws.identityPoolId())).identityId();
    Credentials c = cognito.getCredentialsForIdentity(r -> r.identityId(id)).credentials();
    assertEquals(aws.now().plus(Duration.ofHours(1)), c.expiration());
    StsClient sts = StsClient.builder().endpointOverride(aws.stsEndpoint()).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
            c.accessKeyId(), c.secretKey(), c.sessionToken())))
        // No retries: the SDK would retry once, correcting its clock by the response's Date.
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .httpClient(http).build();
    sts.getCallerIdentity();
    aws.assertNoViolations();

    aws.advance(Duration.ofHours(2));
    StsException refused = assertThrows(StsException.class, sts::getCallerIdentity);
    assertEquals("ExpiredToken", refused.awsErrorDetails().errorCode());
    assertEquals(1, aws.violations().size(), aws.violations().toString());
    assertEquals(Operation.GET_CALLER_IDENTITY, aws.violations().get(0).operation());
    AssertionError e = assertThrows(AssertionError.class, aws::assertNoViolations);
    assertTrue(e.getMessage().contains("sts GetCallerIdentity"), e.getMessage());
    assertEquals(4, aws.journal().size());
  }

  @Test
  void anInjectedFaultIsTheServicesOwnErrorUntilItEnds(FakeAws aws) {
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(aws.cognitoEndpoint()).region(Region.of(aws.cognitoRegion()))
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .httpClient(http).build();
    aws.fault(FaultTarget.COGNITO, FaultKind.THROTTLE, Duration.ofMinutes(10));
    TooManyRequestsException throttled = assertThrows(TooManyRequestsException.class,
        () -> cognito.getId(r -> r.identityPoolId(aws.identityPoolId())));
    assertEquals("TooManyRequestsException", throttled.awsErrorDetails().errorCode());
    aws.advance(Duration.ofMinutes(10));
    assertTrue(cognito.getId(r -> r.identityPoolId(aws.identityPoolId())).identityId()
        .startsWith(aws.cognitoRegion() + ":"));
  }

  @Test
  void fuzzingWorksFromInsideTheExtensionBesideTheInjectedFakeAws(FakeAws aws) {
    AssertionError found = assertThrows(AssertionError.class,
        () -> Lapse.fuzz(SeedNaiveProviderFactory.class).tries(50).seed(1).check());
    assertTrue(found.getMessage().contains("no-expired-token"), found.getMessage());
    assertEquals(20, Lapse.fuzz(RobustProviderFactory.class).tries(20).seed(1).check().triesDone());
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(aws.endpoint()).region(Region.of(aws.cognitoRegion()))
        .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(http).build();
    assertTrue(cognito.getId(r -> r.identityPoolId(aws.identityPoolId())).identityId()
        .startsWith("us-east-1:"));
    assertEquals(1, aws.journal().size(), "the fuzzer's worlds are its own");
  }
}
