package dev.lapse.internal.aws.backend;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.WorldContext;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;

/**
 * The developer backend's own Cognito client: a real SDK client, signed with the developer's
 * IAM key, talking to this world's fake Cognito (over loopback HTTP, or in memory when the world
 * has no server), so that the journal shows
 * the backend's call to Cognito as a request of its own. Built on first use (the world's port
 * is known only once its server runs) and reused.
 *
 * <p>Real time leaks in here, and is not trusted: the SDK signs with wall time, which is why
 * the fake Cognito does not check signing skew. Retries are off so that one backend request
 * makes exactly one Cognito request and never sleeps.
 */
final class DeveloperCognitoClient {
  /**
   * Shared by every world's client: handing the SDK an executor stops it making one per client,
   * and a client nobody closes (worlds have no close hook for services) then holds no threads.
   */
  private static final ScheduledExecutorService SDK_EXECUTOR =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lapse-backend-sdk");
        t.setDaemon(true);
        return t;
      });

  private final WorldContext world;
  private volatile CognitoIdentityClient client;

  DeveloperCognitoClient(WorldContext world) {
    this.world = world;
  }

  /** Mints a login token for {@code user}, valid for the world's login-token TTL. */
  GetOpenIdTokenForDeveloperIdentityResponse tokenFor(String user) {
    long seconds = Math.max(1, world.config().loginTokenTtl().toSeconds());
    return client().getOpenIdTokenForDeveloperIdentity(r -> r
        .identityPoolId(world.config().identityPoolId())
        .logins(Map.of(WorldConfig.DEVELOPER_PROVIDER, user))
        .tokenDuration(seconds));
  }

  private CognitoIdentityClient client() {
    CognitoIdentityClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = build();
          client = c;
        }
      }
    }
    return c;
  }

  /** Closes the SDK client, if one was built. */
  synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  private CognitoIdentityClient build() {
    return CognitoIdentityClient.builder()
        .endpointOverride(world.endpoint())
        .region(Region.of(world.config().cognitoRegion()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
            Authority.DEVELOPER_ACCESS_KEY, Authority.DEVELOPER_SECRET_KEY)))
        .httpClient(world.newHttpClient())
        .overrideConfiguration(o -> o
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .scheduledExecutorService(SDK_EXECUTOR))
        .build();
  }
}
