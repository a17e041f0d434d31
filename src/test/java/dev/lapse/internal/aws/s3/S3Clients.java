package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Real SDK S3 clients pointed at a world: path style, no retries (each call is one request). */
final class S3Clients {
  private S3Clients() {}

  /** Fresh session credentials from the world's Authority, living {@code ttl} from now. */
  static IssuedCredentials issue(World world, Duration ttl) {
    return world.authority().issueCredentials("us-east-1:00000000-0000-4000-8000-000000000001",
        null, "test", null, ttl, world.clock().instant());
  }

  static AwsSessionCredentials sdk(IssuedCredentials c) {
    return AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
  }

  /** A UrlConnection client; callers add a signer, interceptors, other options. */
  static S3ClientBuilder builder(World world, String region, AwsCredentials credentials) {
    return S3Client.builder()
        .endpointOverride(world.endpoint())
        .forcePathStyle(true)
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
  }

  /** Signs at the world's virtual time, so the skew check can stay on. */
  static S3Client virtualTime(World world, String region, AwsCredentials credentials) {
    return builder(world, region, credentials)
        .putAuthScheme(TweakedSigner.create().clock(world.clock()).scheme())
        .build();
  }
}
