package dev.lapse.provider.reference;

import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 *   <li>while the backend or Cognito is down, credentials with at least a minute of true life
 *       left (by the same skew-aware rule) are still handed out; after that the failure is thrown.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class RobustCognitoCredentialsProvider implements AwsCredentialsProvider,
    AutoCloseable {
  /** Keychain key of the identity id, the only thing this provider persists. */
  public static final String IDENTITY_ID_KEY = "lapse.robust.identityId";
  /** True life a cached credential must still have to be used while refreshing fails. */
  public static final Duration OUTAGE_MARGIN = Duration.ofMinutes(1);

  private final Device device;
  private final CognitoCredentialsExchange cognito;
  private final ExpiryRule refreshRule;
  private final ExpiryRule outageRule;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile Lease<AwsSessionCredentials> credentials;
  private volatile long refreshAttempts;
  private final SkewAwareLogins logins; // guarded by refreshLock
  private RuntimeException lastFailure; // guarded by refreshLock

  public RobustCognitoCredentialsProvider(Device device, ExpiryRule rule) {
    this.device = device;
    this.logins = new SkewAwareLogins(device, rule, IDENTITY_ID_KEY);
    this.cognito = new CognitoCredentialsExchange(device, "lapse-robust");
    this.refreshRule = rule;
    this.outageRule = new ExpiryRule(OUTAGE_MARGIN, rule.maxSkew());
  }

  @Override
  public AwsCredentials resolveCredentials() {
    long attemptsSeen = refreshAttempts;
    Lease<AwsSessionCredentials> current = credentials;
    if (current != null && refreshRule.usable(current, now())) {
      return current.value();
    }
    refreshLock.lock();
    try {
      current = credentials;
      if (current != null && refreshRule.usable(current, now())) {
        return current.value(); // refreshed by the caller we waited for: share its result
      }
      if (refreshAttempts != attemptsSeen && lastFailure != null) {
        return usableDuringOutage(current, lastFailure); // its refresh failed: share that too
      }
      refreshAttempts++;
      try {
        Lease<AwsSessionCredentials> fresh = refresh();
        lastFailure = null;
        return fresh.value();
      } catch (RuntimeException e) {
        lastFailure = e;
        return usableDuringOutage(current, e);
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
    if (current != null && outageRule.usable(current, now())) {
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
      try {
        AwsSessionCredentials c = cognito.exchange(usedLogin.value().identityId(),
            usedLogin.value().token());
        Instant expiresAt = c.expirationTime().orElseThrow(() -> SdkClientException.create(
            "GetCredentialsForIdentity returned credentials without an Expiration"));
        credentials = new Lease<>(c, expiresAt,
            SkewAwareLogins.credentialsLifetime(expiresAt, usedLogin), fetchedAt,
            usedLogin.deviceClockNearServer());
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
