package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;

/**
 * PLANTED BUG, refresh storm at a dead backend: serves the credentials in hand while refreshing
 * fails, but tries the backend again on every call (and on every thread of a burst).
 */
public final class RefreshStormProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new ResilientProvider(device, "planted-refresh-storm") {
      @Override
      Duration backoff() {
        // THE BUG: no back-off; a dead backend is asked again by every caller.
        return Duration.ZERO;
      }
    });
  }
}
