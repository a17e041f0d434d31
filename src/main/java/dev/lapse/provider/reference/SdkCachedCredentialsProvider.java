package dev.lapse.provider.reference;

import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.utils.cache.CachedSupplier;
import software.amazon.awssdk.utils.cache.RefreshResult;

/**
 * Developer-authenticated Cognito credentials cached by the SDK's own {@link CachedSupplier}, with
 * the times the SDK's {@code StsCredentialsProvider} uses: stale 1 minute before expiry (every
 * caller blocks for a refresh), prefetch from 5 minutes before (one caller refreshes, the others
 * keep the old value). Each refresh fetches a fresh login token, then calls
 * GetCredentialsForIdentity; the identity id goes to the keychain.
 *
 * <p>Built with the default {@code OneCallerBlocks} prefetch strategy and {@code
 * clock(device.clock())}, so every decision is taken on virtual time. {@code NonBlocking} would
 * prefetch on a real executor thread, after a real-time delay, outside the scenario's control.
 *
 * <p>Real time still leaks in, in two places, both inside the SDK: the prefetch time is jittered
 * by a {@code java.util.Random} that cannot be seeded (it lands anywhere between 5 and 2 minutes
 * before expiry, different on every run), and a caller waits at most 5 real seconds for another
 * caller's refresh before refreshing itself. The device clock is trusted as the SDK trusts the
 * system clock: a clock more than a minute slow hands out expired credentials.
 */
final class SdkCachedCredentialsProvider implements AwsCredentialsProvider, AutoCloseable {
  /** As StsCredentialsProvider: callers block for a refresh from 1 minute before expiry. */
  static final Duration STALE_BEFORE_EXPIRY = Duration.ofMinutes(1);
  /** As StsCredentialsProvider: one caller refreshes from 5 minutes before expiry. */
  static final Duration PREFETCH_BEFORE_EXPIRY = Duration.ofMinutes(5);
  static final String IDENTITY_ID_KEY = "lapse.sdk-cached.identityId";

  private final Device device;
  private final DeveloperBackendClient backend;
  private final CognitoCredentialsExchange cognito;
  private final CachedSupplier<AwsSessionCredentials> cache;

  SdkCachedCredentialsProvider(Device device) {
    this.device = device;
    this.backend = new DeveloperBackendClient(device);
    this.cognito = new CognitoCredentialsExchange(device, "lapse-sdk-cached");
    this.cache = CachedSupplier.builder(this::refresh)
        .cachedValueName("lapse-sdk-cached")
        .clock(device.clock())
        .build();
  }

  @Override
  public AwsCredentials resolveCredentials() {
    return cache.get();
  }

  private RefreshResult<AwsSessionCredentials> refresh() {
    Login login;
    try {
      login = backend.fetch();
    } catch (IOException e) {
      throw SdkClientException.create("the developer backend failed: " + e.getMessage(), e);
    }
    device.keychain().put(IDENTITY_ID_KEY, login.identityId());
    AwsSessionCredentials credentials = cognito.exchange(login.identityId(), login.token());
    Instant expiration = credentials.expirationTime().orElseThrow(() -> SdkClientException.create(
        "GetCredentialsForIdentity returned credentials without an Expiration"));
    return RefreshResult.builder(credentials)
        .staleTime(expiration.minus(STALE_BEFORE_EXPIRY))
        .prefetchTime(expiration.minus(PREFETCH_BEFORE_EXPIRY))
        .build();
  }

  @Override
  public void close() {
    cache.close();
    cognito.close();
  }
}
