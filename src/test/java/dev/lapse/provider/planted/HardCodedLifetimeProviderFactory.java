package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * PLANTED BUG, hard-coded lifetime: "Cognito credentials live an hour", so it refreshes five
 * minutes before an hour has passed since the fetch and ignores the Expiration it was given.
 * Correct for Cognito's usual hour; shorter credentials are handed out after they expired.
 */
public final class HardCodedLifetimeProviderFactory implements CredentialsProviderFactory {
  static final Duration ASSUMED_LIFETIME = Duration.ofHours(1);
  static final Duration MARGIN = Duration.ofMinutes(5);

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new CachingProvider(device, "planted-hard-coded-lifetime") {
      private Instant fetchedAt;

      @Override
      AwsSessionCredentials refresh() {
        Instant before = device.clock().instant();
        AwsSessionCredentials fresh = super.refresh();
        fetchedAt = before; // only once they arrived: a failed refresh keeps the old clock
        return fresh;
      }

      @Override
      boolean stale(Instant now, Instant expiry) {
        // THE BUG: the lifetime is assumed, not read; the credentials' own expiry is ignored.
        return !now.isBefore(fetchedAt.plus(ASSUMED_LIFETIME).minus(MARGIN));
      }
    });
  }
}
