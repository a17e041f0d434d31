package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;

/**
 * PLANTED BUG, one cache per client: the seed app's shape, a provider built per regional client,
 * each with a correct cache (lock and five-minute margin) of its own. Cognito credentials are not
 * tied to a region, so the two caches fetch the same identity's credentials at the same instant
 * whenever both clients call: every refresh is doubled. Unlike a missing lock, this shows in
 * every run, whatever the threads' interleaving.
 */
public final class PerClientCacheProviderFactory implements CredentialsProviderFactory {
  private static final Duration MARGIN = Duration.ofMinutes(5);

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(cache(device, "planted-per-client-default"))
        .with("photos", cache(device, "planted-per-client-photos")); // THE BUG: a second cache
  }

  private static CachingProvider cache(Device device, String name) {
    return new CachingProvider(device, name) {
      @Override
      boolean stale(Instant now, Instant expiry) {
        return !now.isBefore(expiry.minus(MARGIN));
      }
    };
  }
}
