package dev.lapse.provider.planted;

import dev.lapse.provider.Device;
import dev.lapse.provider.RejectionListener;
import dev.lapse.provider.reference.CognitoCredentialsExchange;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * What the recovery-path planted providers share: the SDKs' refresh rules, plainly. Refresh
 * when under {@link #ADVISORY} of life is left; when that fails, keep serving the credentials
 * in hand down to {@link #MANDATORY} (static stability) and wait {@link #BACKOFF} before the
 * next try; drop credentials AWS refused. One refresh at a time. Each planted bug overrides
 * exactly one of the hooks below.
 */
class ResilientProvider implements AwsCredentialsProvider, RejectionListener, AutoCloseable {
  static final Duration ADVISORY = Duration.ofMinutes(30);
  static final Duration MANDATORY = Duration.ofMinutes(5);
  /** The device clock may be this far from true time (Lapse's scenarios: ±10 minutes). */
  static final Duration SKEW = Duration.ofMinutes(10);
  static final Duration BACKOFF = Duration.ofMinutes(5);

  protected final Device device;
  protected final FreshLogin fresh;
  private AwsSessionCredentials cached;
  /** The cached credentials' true lifetime: Expiration less the server's Date. */
  private Duration lifetime = Duration.ZERO;
  /** Monotonic time ({@link Device#elapsed()}) read just before they were fetched. */
  private Duration fetchedAt = Duration.ZERO;
  private Duration retryAfter; // on the device's monotonic clock, which skew does not move

  ResilientProvider(Device device, String name) {
    this.device = device;
    this.fresh = new FreshLogin(device, name);
  }

  @Override
  public final synchronized AwsCredentials resolveCredentials() {
    if (cached != null && lifeLeft().compareTo(scaled(ADVISORY, 2)) > 0) {
      return cached;
    }
    if (stillServable() && retryAfter != null && device.elapsed().compareTo(retryAfter) < 0) {
      return cached;
    }
    try {
      Duration before = device.elapsed();
      CognitoCredentialsExchange.Dated dated = fresh.datedCredentials();
      cached = dated.credentials();
      Instant expiry = FreshLogin.expiryOf(cached);
      // Without a Date, the device clock less the tolerated skew: short, never long.
      lifetime = dated.serverDate().map(issued -> Duration.between(issued, expiry))
          .orElseGet(() -> Duration.between(device.clock().instant(), expiry).minus(SKEW));
      fetchedAt = before;
      retryAfter = null;
      return cached;
    } catch (RuntimeException e) {
      retryAfter = device.elapsed().plus(backoff());
      return onRefreshFailure(e);
    }
  }

  /** How long to wait after a failed refresh before trying again. */
  Duration backoff() {
    return BACKOFF;
  }

  /** What a caller gets when the refresh failed: the credentials in hand while servable. */
  AwsCredentials onRefreshFailure(RuntimeException failure) {
    if (stillServable()) {
      return cached;
    }
    throw failure;
  }

  /** Forgets the credentials in hand (at most once per refusal: they are the ones refused). */
  void forget() {
    cached = null;
    retryAfter = null;
  }

  @Override
  public synchronized void rejected(AwsCredentials refused, String errorCode) {
    if (cached != null && cached.accessKeyId().equals(refused.accessKeyId())) {
      forget();
    }
  }

  final boolean stillServable() {
    return cached != null && lifeLeft().compareTo(scaled(MANDATORY, 2)) > 0;
  }

  /** {@code d}, or a {@code part}th of the lifetime when that is shorter (short credentials). */
  private Duration scaled(Duration d, int part) {
    Duration share = lifetime.dividedBy(part);
    return share.compareTo(d) < 0 ? share : d;
  }

  /**
   * True life left, counted on the monotonic clock from before the fetch: the device clock's
   * skew does not enter, so short credentials are not eaten by a skew allowance.
   */
  private Duration lifeLeft() {
    return lifetime.minus(device.elapsed().minus(fetchedAt));
  }

  @Override
  public void close() {
    fresh.close();
  }
}
