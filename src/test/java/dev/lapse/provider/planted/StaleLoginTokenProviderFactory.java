package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
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
    return AppProviders.of(new Provider(device));
  }

  static final class Provider implements AwsCredentialsProvider, AutoCloseable {
    private final Device device;
    private final FreshLogin fresh;
    private AwsSessionCredentials cached;
    private Login login;

    Provider(Device device) {
      this.device = device;
      this.fresh = new FreshLogin(device, "planted-stale-login-token");
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
      Instant now = device.clock().instant();
      if (cached == null || !now.isBefore(FreshLogin.expiryOf(cached).minus(MARGIN))) {
        // THE BUG: the cached login is reused whatever its age.
        if (login == null) {
          login = fresh.login();
        }
        cached = fresh.exchange(login);
      }
      return cached;
    }

    @Override
    public void close() {
      fresh.close();
    }
  }
}
