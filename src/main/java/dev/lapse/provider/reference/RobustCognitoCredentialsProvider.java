package dev.lapse.provider.reference;

import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import dev.lapse.provider.RejectionListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * Developer-authenticated Cognito credentials, written the careful way:
 *
 * <ul>
 *   <li>only the identity id goes to the keychain; the login token and the credentials stay in
 *       memory, so nothing stale survives a relaunch;
 *   <li>credentials and login token are judged by {@link ExpiryRule} (margin plus the device
 *       clock's possible skew), and a login token is fetched afresh just before it is presented
 *       unless the cached one passes that rule;
 *   <li>the login token's {@code iat} and {@code exp} (server times) give the true lifetimes, and
 *       tell when the device clock is further off than the tolerated skew: then only the
 *       device time elapsed since fetch counts;
 *   <li>one refresh at a time: callers that find the cache stale queue on one lock, and those
 *       that waited share the result (or the failure) of the refresh they waited for;
 *   <li>{@code NotAuthorizedException} or {@code ResourceNotFoundException} from Cognito drops
 *       the cached login and identity id and retries once with a fresh login;
 *   <li>the SDKs' refresh rules: refresh in an advisory window ({@link #ADVISORY_WINDOW} before
 *       the rule's mandatory point, less for short lifetimes); when an advisory refresh fails, keep handing out the
 *       credentials in hand (static stability) and wait a uniform 5 to 10 minutes before the next
 *       attempt (drawn from a generator seeded by the user name, so journals repeat), instead of
 *       trying again on every call; past the mandatory point nothing is handed out, outage or not
 *       (its 5-minute margin covers the request's flight: a one-minute margin let 2 minutes of
 *       latency expire credentials in flight);
 *   <li>credentials AWS refused ({@link RejectionListener}) are dropped at once;
 *   <li>the credentials' lifetime is read from Cognito's answer ({@code Expiration} minus its
 *       {@code Date}), not assumed to be Cognito's usual hour.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class RobustCognitoCredentialsProvider implements AwsCredentialsProvider,
    RejectionListener, AutoCloseable {
  /** Keychain key of the identity id, the only thing this provider persists. */
  public static final String IDENTITY_ID_KEY = "lapse.robust.identityId";
  /** How long before the mandatory refresh point an advisory refresh is tried. */
  public static final Duration ADVISORY_WINDOW = Duration.ofMinutes(15);
  /** The shortest wait after a failed advisory refresh; the longest is twice this. */
  public static final Duration BACKOFF = Duration.ofMinutes(5);

  private final Device device;
  private final CognitoCredentialsExchange cognito;
  private final ExpiryRule refreshRule;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private final SplittableRandom backoffs;
  private volatile Lease<AwsSessionCredentials> credentials;
  private volatile long refreshAttempts;
  /**
   * The device's monotonic time ({@link Device#elapsed()}) before which no advisory refresh is
   * tried, after one failed; or null. Monotonic, not the device clock: a user setting the clock
   * forward must not end the back-off at once (found by the fuzzer: seed 4, try 7).
   */
  private volatile Duration retryAfter;
  private final SkewAwareLogins logins; // guarded by refreshLock
  private RuntimeException lastFailure; // guarded by refreshLock

  public RobustCognitoCredentialsProvider(Device device, ExpiryRule rule) {
    this.device = device;
    this.logins = new SkewAwareLogins(device, rule, IDENTITY_ID_KEY);
    this.cognito = new CognitoCredentialsExchange(device, "lapse-robust");
    this.refreshRule = rule;
    this.backoffs = new SplittableRandom(device.user().hashCode());
  }

  @Override
  public AwsCredentials resolveCredentials() {
    long attemptsSeen = refreshAttempts;
    Lease<AwsSessionCredentials> current = credentials;
    if (current != null && needsNoRefresh(current, now())) {
      return current.value();
    }
    refreshLock.lock();
    try {
      current = credentials;
      if (current != null && needsNoRefresh(current, now())) {
        return current.value(); // refreshed by the caller we waited for: share its result
      }
      if (refreshAttempts != attemptsSeen && lastFailure != null) {
        return usableDuringOutage(current, lastFailure); // its refresh failed: share that too
      }
      refreshAttempts++;
      Duration attemptedAt = device.elapsed();
      try {
        Lease<AwsSessionCredentials> fresh = refresh();
        lastFailure = null;
        retryAfter = null;
        return fresh.value();
      } catch (RuntimeException e) {
        lastFailure = e;
        retryAfter = attemptedAt.plus(backoff());
        return usableDuringOutage(current, e);
      }
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * Fresh enough to hand out without trying to refresh: before the advisory window, or inside it
   * while backing off from a failed refresh (and not yet past the mandatory point).
   */
  private boolean needsNoRefresh(Lease<AwsSessionCredentials> lease, Instant now) {
    Duration elapsed = device.elapsed();
    if (advisoryRule(lease).usable(lease, now, elapsed)) {
      return true;
    }
    Duration after = retryAfter;
    return after != null && elapsed.compareTo(after) < 0
        && refreshRule.usable(lease, now, elapsed);
  }

  /**
   * The rule that starts advisory refreshes: {@link #ADVISORY_WINDOW} before the mandatory
   * point, or a quarter of the span a lease is usable for if that is shorter (30-minute
   * credentials would otherwise be refreshed on every call).
   */
  private ExpiryRule advisoryRule(Lease<?> lease) {
    Duration quarter = refreshRule.usableSpan(lease).dividedBy(4);
    Duration window = quarter.compareTo(ADVISORY_WINDOW) < 0 ? quarter : ADVISORY_WINDOW;
    return new ExpiryRule(refreshRule.margin().plus(window), refreshRule.maxSkew());
  }

  /** Uniform between BACKOFF and twice BACKOFF, to the second; called under the lock. */
  private Duration backoff() {
    return BACKOFF.plusSeconds(backoffs.nextLong(BACKOFF.toSeconds() + 1));
  }

  /** Drops credentials AWS refused, so that the next call fetches new ones. */
  @Override
  public void rejected(AwsCredentials refused, String errorCode) {
    refreshLock.lock();
    try {
      Lease<AwsSessionCredentials> current = credentials;
      if (current != null && current.value().accessKeyId().equals(refused.accessKeyId())) {
        credentials = null;
        retryAfter = null;
      }
    } finally {
      refreshLock.unlock();
    }
  }

  /** Forgets the cached credentials and login token (say, after S3 answered ExpiredToken). */
  public void invalidate() {
    refreshLock.lock();
    try {
      credentials = null;
      logins.forget(false);
    } finally {
      refreshLock.unlock();
    }
  }

  /** The identity id the backend last gave this device, kept in the keychain across launches. */
  public Optional<String> identityId() {
    return device.keychain().get(IDENTITY_ID_KEY);
  }

  private AwsCredentials usableDuringOutage(Lease<AwsSessionCredentials> current,
      RuntimeException failure) {
    if (current != null && refreshRule.usable(current, now(), device.elapsed())) {
      return current.value();
    }
    throw failure;
  }

  /** Fetches credentials; retries once with a fresh login if Cognito refuses the login. */
  private Lease<AwsSessionCredentials> refresh() {
    for (int attempt = 1; ; attempt++) {
      Lease<Login> usedLogin = logins.toPresent();
      // Device time read before the call: the lease's life is counted from no later than issue.
      Instant fetchedAt = now();
      Duration fetchedAtElapsed = device.elapsed();
      try {
        CognitoCredentialsExchange.Dated dated = cognito.exchangeDated(
            usedLogin.value().identityId(), usedLogin.value().token());
        AwsSessionCredentials c = dated.credentials();
        Instant expiresAt = c.expirationTime().orElseThrow(() -> SdkClientException.create(
            "GetCredentialsForIdentity returned credentials without an Expiration"));
        Duration lifetime = dated.serverDate()
            .map(issued -> Duration.between(issued, expiresAt))
            .orElseGet(() -> SkewAwareLogins.credentialsLifetime(expiresAt, usedLogin));
        credentials = new Lease<>(c, expiresAt, lifetime, fetchedAt,
            usedLogin.deviceClockNearServer(), fetchedAtElapsed);
        return credentials;
      } catch (NotAuthorizedException | ResourceNotFoundException e) {
        // An expired token, an identity id that no longer fits this user, or an identity the
        // pool no longer has (a keychain that outlived its account): forget both, and try once
        // more with a fresh login.
        logins.forget(true);
        if (attempt >= 2) {
          throw e;
        }
      }
    }
  }

  private Instant now() {
    return device.clock().instant();
  }

  @Override
  public void close() {
    cognito.close();
  }
}
