package dev.lapse.internal.aws;

import dev.lapse.internal.aws.world.World;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Real AWS SDK v2 clients pointed at a world, for tests. Retries are off so that every call is
 * exactly one request in the journal, and no retry ever sleeps on the wall clock.
 */
public final class SdkClients {
  private SdkClients() {}

  public static AwsCredentialsProvider developerKey() {
    return keys(Authority.DEVELOPER_ACCESS_KEY, Authority.DEVELOPER_SECRET_KEY);
  }

  public static AwsCredentialsProvider keys(String accessKey, String secret) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret));
  }

  public static AwsCredentialsProvider session(String accessKey, String secret, String token) {
    return StaticCredentialsProvider.create(AwsSessionCredentials.create(accessKey, secret,
        token));
  }

  /** An unsigned Cognito client, as apps use for GetId and GetCredentialsForIdentity. */
  public static CognitoIdentityClient cognito(World world) {
    return cognito(world, AnonymousCredentialsProvider.create(), world.config().cognitoRegion());
  }

  /** A Cognito client signing with the developer's IAM key, as a backend uses. */
  public static CognitoIdentityClient cognitoDeveloper(World world) {
    return cognito(world, developerKey(), world.config().cognitoRegion());
  }

  public static CognitoIdentityClient cognito(World world, AwsCredentialsProvider credentials,
      String region) {
    return CognitoIdentityClient.builder()
        .endpointOverride(world.endpoint())
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  public static StsClient sts(World world, AwsCredentialsProvider credentials) {
    return StsClient.builder()
        .endpointOverride(world.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  public static StsClient stsAnonymous(World world) {
    return sts(world, AnonymousCredentialsProvider.create());
  }
}
