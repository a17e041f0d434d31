package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Instant;

/**
 * PLANTED BUG, no margin: refreshes only once the credentials have expired by the device clock,
 * so credentials handed out a second before expiry arrive at the service expired.
 */
public final class NoMarginProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new CachingProvider(device, "planted-no-margin") {
      @Override
      boolean stale(Instant now, Instant expiry) {
        // THE BUG: no margin; "not yet expired" is taken to mean "good for the request".
        return !now.isBefore(expiry);
      }
    });
  }
}
