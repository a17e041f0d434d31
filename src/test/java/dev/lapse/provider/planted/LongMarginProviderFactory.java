package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;

/**
 * PLANTED BUG, a refresh margin as long as the credentials' life: "refresh when under 15
 * minutes are left" (botocore's advisory window, or a margin sized for hour-long credentials).
 * With 15-minute credentials every fresh set is stale on arrival, so every call fetches again:
 * "refreshed almost instantly", a backend and Cognito round trip per request. With an hour it
 * is a correct, careful provider.
 */
public final class LongMarginProviderFactory implements CredentialsProviderFactory {
  private static final Duration MARGIN = Duration.ofMinutes(15); // THE BUG: not scaled to life

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new CachingProvider(device, "planted-long-margin") {
      @Override
      boolean stale(Instant now, Instant expiry) {
        return !now.isBefore(expiry.minus(MARGIN));
      }
    });
  }
}
