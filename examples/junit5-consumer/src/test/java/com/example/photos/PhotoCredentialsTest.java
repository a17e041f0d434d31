package com.example.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lapse.Lapse;
import dev.lapse.junit.FakeAws;
import dev.lapse.junit.LapseTest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

@LapseTest
class PhotoCredentialsTest {

  @TestFactory
  Stream<DynamicTest> survivesTheBundledSuite() {
    return Lapse.bundledScenarios().against(new PhotoCredentialsFactory()).tests();
  }

  @Test
  void refreshesWithAFreshLoginBeforeTheHourIsUp(FakeAws aws) {
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(aws.cognitoEndpoint())
        .region(Region.of(aws.cognitoRegion()))
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .build();
    BackendLogins logins = new BackendLogins(aws.developerBackend(), "alice");
    PhotoCredentialsProvider provider = new PhotoCredentialsProvider(cognito, logins, aws.clock());

    String first = provider.resolveCredentials().accessKeyId();
    aws.advance(Duration.ofMinutes(50));
    String second = provider.resolveCredentials().accessKeyId();

    assertNotEquals(first, second);
    assertEquals(2, logins.fetches);
    aws.assertNoViolations();
  }
}
