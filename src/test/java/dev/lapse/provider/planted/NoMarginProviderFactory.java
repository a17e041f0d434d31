package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * PLANTED BUG, no margin: refreshes only once the credentials have expired by the device clock,
 * so credentials handed out a second before expiry arrive at the service expired.
 */
public final class NoMarginProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new Provider(device));
  }

  static final class Provider implements AwsCredentialsProvider, AutoCloseable {
    private final Device device;
    private final FreshLogin fresh;
    private AwsSessionCredentials cached;

    Provider(Device device) {
      this.device = device;
      this.fresh = new FreshLogin(device, "planted-no-margin");
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
      Instant now = device.clock().instant();
      // THE BUG: no margin; "not yet expired" is taken to mean "good for the request".
      if (cached == null || !now.isBefore(FreshLogin.expiryOf(cached))) {
        cached = fresh.credentials();
      }
      return cached;
    }

    @Override
    public void close() {
      fresh.close();
    }
  }
}
