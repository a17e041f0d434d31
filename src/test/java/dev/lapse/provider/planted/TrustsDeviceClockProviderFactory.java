package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * PLANTED BUG, trusts the device clock: a sound one-minute margin, measured on a device clock
 * taken to be exact. Ten minutes slow, the device sees credentials as good until 9 minutes
 * after they expired. (Ten minutes fast, it only refreshes early.)
 */
public final class TrustsDeviceClockProviderFactory implements CredentialsProviderFactory {
  static final Duration MARGIN = Duration.ofMinutes(1);

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
      this.fresh = new FreshLogin(device, "planted-trusts-device-clock");
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
      // THE BUG: server expiry compared with the device clock, with no room for its skew.
      Instant deviceNow = device.clock().instant();
      if (cached == null || !deviceNow.isBefore(FreshLogin.expiryOf(cached).minus(MARGIN))) {
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
