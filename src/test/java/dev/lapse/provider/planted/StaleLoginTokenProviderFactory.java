package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * PLANTED BUG, stale login token: refreshes credentials 5 minutes before expiry, but presents
 * the login token it fetched first without checking its expiry, so the first refresh (55
 * minutes in) presents a 15-minute token long expired.
 */
public final class StaleLoginTokenProviderFactory implements CredentialsProviderFactory {
  static final Duration MARGIN = Duration.ofMinutes(5);

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new CachingProvider(device, "planted-stale-login-token") {
      private Login login;

      @Override
      boolean stale(Instant now, Instant expiry) {
        return !now.isBefore(expiry.minus(MARGIN));
      }

      @Override
      AwsSessionCredentials refresh() {
        // THE BUG: the cached login is reused whatever its age.
        if (login == null) {
          login = fresh.login();
        }
        return fresh.exchange(login);
      }
    });
  }
}
