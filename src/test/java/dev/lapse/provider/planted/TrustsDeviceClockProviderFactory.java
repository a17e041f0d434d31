package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;

/**
 * PLANTED BUG, trusts the device clock: a sound one-minute margin, measured on a device clock
 * taken to be exact. Ten minutes slow, the device sees credentials as good until 9 minutes
 * after they expired. (Ten minutes fast, it only refreshes early.)
 */
public final class TrustsDeviceClockProviderFactory implements CredentialsProviderFactory {
  static final Duration MARGIN = Duration.ofMinutes(1);

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new CachingProvider(device, "planted-trusts-device-clock") {
      @Override
      boolean stale(Instant deviceNow, Instant expiry) {
        // THE BUG: server expiry compared with the device clock, with no room for its skew.
        return !deviceNow.isBefore(expiry.minus(MARGIN));
      }
    });
  }
}
