package dev.lapse.internal.device;

import dev.lapse.provider.AppProviders;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The app's SDK clients, one S3 and one STS client per (client name, region), built once and
 * reused across launches and scenarios, as building SDK clients costs milliseconds each.
 * They sign with the device clock and retry without real-time backoff (a retry that sleeps
 * would wait in wall time for something virtual).
 */
final class AppClients implements AutoCloseable {
  private final URI endpoint;
  private final SdkHttpClient http;
  private final Clock deviceClock;
  private final Map<String, CognitoIdentityClient> cognito = new ConcurrentHashMap<>();
  private final Map<String, LaunchCredentials> credentials = new ConcurrentHashMap<>();
  private final Map<String, S3Client> s3 = new ConcurrentHashMap<>();
  private final Map<String, StsClient> sts = new ConcurrentHashMap<>();
  private final Map<String, DeviceSigner> signers = new ConcurrentHashMap<>();
  private final DevicePresigner presigner;

  AppClients(URI endpoint, SdkHttpClient http, Clock deviceClock) {
    this.endpoint = endpoint;
    this.presigner = new DevicePresigner(endpoint, deviceClock);
    this.http = new SkewTranslatingHttpClient(http, deviceClock);
    this.deviceClock = deviceClock;
  }

  private DeviceSigner signer(String key) {
    return signers.computeIfAbsent(key, k -> new DeviceSigner(deviceClock));
  }

  /**
   * Forgets the clock corrections the SDK learned: a new app process starts with none. The
   * offset lives inside an SDK client, so a client that learned one is rebuilt.
   */
  void forgetClockCorrections() {
    signers.forEach((key, signer) -> {
      if (signer.corrected()) {
        signers.remove(key);
        S3Client s = s3.remove(key);
        if (s != null) {
          s.close();
        }
        StsClient t = sts.remove(key);
        if (t != null) {
          t.close();
        }
      }
    });
  }

  private volatile AppProviders current;

  /** Points every client at this launch's providers (null: the app is not running). */
  void use(AppProviders providers) {
    current = providers;
  }

  private LaunchCredentials credentialsFor(String client) {
    return credentials.computeIfAbsent(client, c -> new LaunchCredentials(c, () -> current));
  }

  /** A presigned URL signed with the credentials the named client would use now. */
  URI presign(String client, String region, String method, String bucket, String key,
      java.time.Duration lifetime) {
    return presigner.presign(credentialsFor(client), region, method, bucket, key, lifetime);
  }

  /** Tells the provider behind {@code client} that AWS refused this thread's credentials. */
  void rejected(String client, String errorCode) {
    credentialsFor(client).rejected(errorCode);
  }

  S3Client s3(String client, String region) {
    return s3.computeIfAbsent("s3 " + client + "@" + region, k -> withoutInheritedOffset(
        () -> deviceClient(S3Client.builder().forcePathStyle(true), k, client, region).build()));
  }

  /** An async HTTP client made of the device's own sync stack, for one upload. */
  SyncBackedAsyncHttpClient asyncHttp() {
    return new SyncBackedAsyncHttpClient(http);
  }

  /**
   * A multipart-enabled async S3 client for one upload, on the device's own HTTP stack, its
   * credentials paced by {@code pacing}. Built per upload and closed after it: the part size
   * is the upload's.
   */
  software.amazon.awssdk.services.s3.S3AsyncClient s3Multipart(String client, String region,
      long partSize, PartPacing pacing, SyncBackedAsyncHttpClient asyncHttp) {
    String key = "s3-multipart " + client + "@" + region;
    return withoutInheritedOffset(() -> software.amazon.awssdk.services.s3.S3AsyncClient.builder()
        .httpClient(asyncHttp)
        .forcePathStyle(true)
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(pacing.around(credentialsFor(client)))
        .putAuthScheme(signer(key).authScheme())
        .overrideConfiguration(o -> o.retryStrategy(retryWithoutSleeping())
            .addExecutionInterceptor(pacing))
        .multipartEnabled(true)
        .multipartConfiguration(m -> m.minimumPartSizeInBytes(partSize)
            .thresholdInBytes(partSize))
        .build());
  }

  StsClient sts(String client, String region) {
    return sts.computeIfAbsent("sts " + client + "@" + region, k -> withoutInheritedOffset(
        () -> deviceClient(StsClient.builder(), k, client, region).build()));
  }

  /**
   * The providers' shared Cognito client for a region ({@code Device.cognitoClient()}): what
   * {@code Device}'s default builds, once. Unsigned, so it needs neither the device's signer nor
   * the skew translation; the region may change when the world is reconfigured.
   */
  CognitoIdentityClient cognito(String region, java.util.function.Supplier<CognitoIdentityClient>
      build) {
    return cognito.computeIfAbsent(region, r -> withoutInheritedOffset(build));
  }

  private static final Object SDK_GLOBAL_TIME = new Object();

  /**
   * Builds a client that starts with no clock correction. The SDK copies every offset it learns
   * into a JVM-wide value (SdkGlobalTime, protected API) that each new client starts from; a
   * day of skew learned in one scenario, or by another runner's thread, must not leak into
   * this device's next process.
   */
  private static <C> C withoutInheritedOffset(java.util.function.Supplier<C> build) {
    synchronized (SDK_GLOBAL_TIME) {
      software.amazon.awssdk.core.SdkGlobalTime.setGlobalTimeOffset(0);
      return build.get();
    }
  }

  /** What every app client shares: the fake's endpoint, the device's signer and HTTP client. */
  private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B deviceClient(
      B builder, String key, String client, String region) {
    return builder.httpClient(http)
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(credentialsFor(client))
        .putAuthScheme(signer(key).authScheme())
        .overrideConfiguration(o -> o.retryStrategy(retryWithoutSleeping()));
  }

  /** The SDK's standard retries (3 attempts), minus backoff sleeps and the shared circuit breaker. */
  static RetryStrategy retryWithoutSleeping() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .backoffStrategy(software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
        .throttlingBackoffStrategy(
            software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
        .circuitBreakerEnabled(false)
        .build();
  }

  @Override
  public void close() {
    s3.values().forEach(S3Client::close);
    sts.values().forEach(StsClient::close);
    cognito.values().forEach(CognitoIdentityClient::close);
  }
}
