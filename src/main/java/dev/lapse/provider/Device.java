package dev.lapse.provider;

import dev.lapse.clock.Scheduler;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * What an app launch gets to build its credentials providers with. Everything here reads
 * virtual time; nothing reaches real AWS.
 */
public interface Device {

  /** The device's clock: virtual time plus the scenario's skew. Use it for every expiry test. */
  Clock clock();

  /**
   * Time on the device's monotonic clock (as {@code System.nanoTime} or Android's
   * {@code elapsedRealtime}) from an arbitrary origin: it moves with virtual time, suspended or
   * not, and never with the scenario's skew or a clock change. Measure waits with it, such as a
   * back-off after a failed refresh; a wait measured on {@link #clock()} ends at once when the
   * user sets the clock forward. Test expiry with {@link #clock()}.
   */
  Duration elapsed();

  /** Survives terminate and relaunch; a scenario may wipe it. */
  Keychain keychain();

  /** Background work on virtual time; dropped at terminate, paused while suspended. */
  Scheduler scheduler();

  /** Endpoint of the fake Cognito Identity (use as {@code endpointOverride}). */
  URI cognitoEndpoint();

  /** Endpoint of the fake STS. */
  URI stsEndpoint();

  /** The app's own backend: {@code GET <this>?user=<name>} answers {@code {identityId, token}}. */
  URI developerBackend();

  String cognitoRegion();

  String identityPoolId();

  /** The developer provider name the backend registers logins under. */
  String developerProviderName();

  /** The role an authenticated identity assumes (for web-identity providers). */
  String authenticatedRoleArn();

  /** The signed-in user's name, as the app would know it. */
  String user();

  /** The app's clients: name to region ("default" always present). */
  Map<String, String> clients();

  /** An SDK HTTP client to reach the fake; shared, so closing it does nothing. */
  SdkHttpClient sdkHttpClient();

  /** A plain HTTP client for the developer backend; shared. */
  HttpClient httpClient();

  /**
   * A Cognito Identity client for the pool's region on {@link #sdkHttpClient()}: unsigned (as
   * apps call {@code GetId} and {@code GetCredentialsForIdentity}), no retries (a retry's
   * back-off would sleep in real time while virtual time stands still). Building an SDK client
   * costs more CPU than a short scenario, so Lapse's device builds it once and shares it with
   * every launch: never close it. Optional: a provider may build its own clients as before.
   * This default builds a new one on every call.
   */
  default CognitoIdentityClient cognitoClient() {
    return CognitoIdentityClient.builder()
        .endpointOverride(cognitoEndpoint())
        .region(Region.of(cognitoRegion()))
        .httpClient(sdkHttpClient())
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
