package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * PLANTED BUG, background timer: fetches at launch, then refreshes only from a timer every 50
 * minutes and never on demand. Fine while the app stays in the foreground; after a suspension
 * (the timer does not run) it serves credentials that expired while it slept.
 */
public final class BackgroundTimerProviderFactory implements CredentialsProviderFactory {
  static final Duration PERIOD = Duration.ofMinutes(50);

  @Override
  public AppProviders launch(Device device) {
    Provider provider = new Provider(device);
    device.scheduler().scheduleAtFixedRate(PERIOD, PERIOD, provider::refresh);
    return AppProviders.of(provider);
  }

  static final class Provider implements AwsCredentialsProvider, AutoCloseable {
    private final FreshLogin fresh;
    private volatile AwsSessionCredentials cached;

    Provider(Device device) {
      this.fresh = new FreshLogin(device, "planted-background-timer");
      this.cached = fresh.credentials();
    }

    void refresh() {
      cached = fresh.credentials();
    }

    @Override
    public AwsCredentials resolveCredentials() {
      // THE BUG: whatever the timer left here, however old.
      return cached;
    }

    @Override
    public void close() {
      fresh.close();
    }
  }
}
