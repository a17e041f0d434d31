package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import dev.lapse.provider.reference.CognitoCredentialsExchange;
import dev.lapse.provider.reference.ExpiryRule;
import dev.lapse.provider.reference.Lease;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * PLANTED BUG, no single flight: the robust provider's expiry rule without its lock, so every
 * caller that finds the cache stale at the same moment fetches a login and credentials of its
 * own (a burst of parallel requests becomes a burst of backend and Cognito calls).
 */
public final class NoSingleFlightProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new Provider(device));
  }

  static final class Provider implements AwsCredentialsProvider, AutoCloseable {
    private final Device device;
    private final FreshLogin fresh;
    private final ExpiryRule rule = ExpiryRule.defaults();
    private volatile Lease<AwsSessionCredentials> cached;

    Provider(Device device) {
      this.device = device;
      this.fresh = new FreshLogin(device, "planted-no-single-flight");
    }

    @Override
    public AwsCredentials resolveCredentials() {
      Lease<AwsSessionCredentials> current = cached;
      if (current != null
          && rule.usable(current, device.clock().instant(), device.elapsed())) {
        return current.value();
      }
      // THE BUG: check-then-fetch without a lock; concurrent callers all get here.
      Instant fetchedAt = device.clock().instant();
      Duration fetchedAtElapsed = device.elapsed();
      CognitoCredentialsExchange.Dated dated = fresh.datedCredentials();
      AwsSessionCredentials c = dated.credentials();
      // Judged as robust judges: the server's lifetime on the monotonic clock (not "an hour",
      // not the device clock's reading: either would plant a second bug).
      Instant expiry = FreshLogin.expiryOf(c);
      Duration lifetime = Duration.between(dated.serverDate().orElse(fetchedAt), expiry);
      cached = new Lease<>(c, expiry, lifetime, fetchedAt, true, fetchedAtElapsed);
      return c;
    }

    @Override
    public void close() {
      fresh.close();
    }
  }
}
