package dev.lapse.provider.planted;

import dev.lapse.provider.Device;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * What most planted providers share: one cached credential set, replaced when {@link #stale}
 * says so, one refresh at a time. Each planted bug lives in its override, nowhere else.
 */
abstract class CachingProvider implements AwsCredentialsProvider, AutoCloseable {
  protected final Device device;
  protected final FreshLogin fresh;
  private AwsSessionCredentials cached;

  CachingProvider(Device device, String name) {
    this.device = device;
    this.fresh = new FreshLogin(device, name);
  }

  /** Whether credentials expiring at {@code expiry} must be replaced at device time {@code now}. */
  abstract boolean stale(Instant now, Instant expiry);

  /** New credentials; by default a fresh login exchanged at once. */
  AwsSessionCredentials refresh() {
    return fresh.credentials();
  }

  @Override
  public final synchronized AwsCredentials resolveCredentials() {
    if (cached == null || stale(device.clock().instant(), FreshLogin.expiryOf(cached))) {
      cached = refresh();
    }
    return cached;
  }

  @Override
  public void close() {
    fresh.close();
  }
}
