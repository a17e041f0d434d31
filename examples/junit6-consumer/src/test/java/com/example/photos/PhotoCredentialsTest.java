package com.example.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.Lapse;
import dev.lapse.junit.FakeAws;
import dev.lapse.junit.LapseTest;
import dev.lapse.vocabulary.Operation;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * This provider keeps its first login token. The bundled suite's relaunch and refresh
 * scenarios fail, each showing its violation and the path of its HTML timeline; the CI script
 * checks the Surefire report lists exactly those (expected-failures.txt).
 */
@LapseTest
class PhotoCredentialsTest {

  @TestFactory
  Stream<DynamicTest> survivesTheBundledSuite() {
    return Lapse.bundledScenarios().against(new PhotoCredentialsFactory()).tests();
  }

  @Test
  void presentsAnExpiredLoginTokenAtTheFirstRefresh(FakeAws aws) {
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(aws.cognitoEndpoint())
        .region(Region.of(aws.cognitoRegion()))
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .build();
    BackendLogins logins = new BackendLogins(aws.developerBackend(), "alice");
    PhotoCredentialsProvider provider = new PhotoCredentialsProvider(cognito, logins, aws.clock());

    provider.resolveCredentials();
    aws.advance(Duration.ofMinutes(50));

    assertThrows(NotAuthorizedException.class, provider::resolveCredentials);
    assertEquals(1, logins.fetches);
    assertEquals(Operation.GET_CREDENTIALS_FOR_IDENTITY, aws.violations().get(0).operation());
  }
}
