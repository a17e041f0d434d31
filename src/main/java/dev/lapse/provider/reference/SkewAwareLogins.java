package dev.lapse.provider.reference;

import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The robust provider's login tokens: the cached one while {@link ExpiryRule} allows, else a
 * fresh one from the developer backend (presented at once, which is always safe). Each fresh
 * token's {@code iat} is compared with the device clock, which tells when that clock is further
 * off than the tolerated skew. Not thread-safe: the provider calls it under its refresh lock.
 */
final class SkewAwareLogins {
  /** Latency plus the whole seconds of {@code iat}: slack when reading the clock's offset. */
  private static final Duration CLOCK_READING_SLACK = Duration.ofMinutes(1);

  private final Device device;
  private final DeveloperBackendClient backend;
  private final ExpiryRule rule;
  private final String identityIdKey;
  private Lease<Login> cached;

  SkewAwareLogins(Device device, ExpiryRule rule, String identityIdKey) {
    this.device = device;
    this.backend = new DeveloperBackendClient(device);
    this.rule = rule;
    this.identityIdKey = identityIdKey;
  }

  /** The login to present now; the identity id of a fresh one goes to the keychain. */
  Lease<Login> toPresent() {
    Instant fetchedAt = device.clock().instant();
    Duration fetchedAtElapsed = device.elapsed();
    if (cached != null && rule.usable(cached, fetchedAt, fetchedAtElapsed)) {
      return cached;
    }
    Login fresh;
    try {
      fresh = backend.fetch();
    } catch (IOException e) {
      throw SdkClientException.create("the developer backend failed: " + e.getMessage(), e);
    }
    device.keychain().put(identityIdKey, fresh.identityId());
    // A token whose claims cannot be read is used once and never reused.
    cached = LoginTokenClaims.of(fresh.token())
        .map(c -> new Lease<>(fresh, c.expiresAt(), c.lifetime(), fetchedAt,
            clockNearServer(fetchedAt, c.issuedAt()), fetchedAtElapsed))
        .orElse(new Lease<>(fresh, Instant.EPOCH, Duration.ZERO, fetchedAt, true,
            fetchedAtElapsed));
    return cached;
  }

  /** Drops the cached login; with {@code identityToo}, the keychain's identity id as well. */
  void forget(boolean identityToo) {
    cached = null;
    if (identityToo) {
      device.keychain().remove(identityIdKey);
    }
  }

  /**
   * Credentials' lifetime in server time: from the login token's {@code iat} (issued just
   * before, or earlier for a reused token) to their Expiration, never above Cognito's hour.
   */
  static Duration credentialsLifetime(Instant expiresAt, Lease<Login> login) {
    Instant tokenIssuedAt = login.expiresAt().minus(login.lifetime());
    Duration sinceToken = Duration.between(tokenIssuedAt, expiresAt);
    return sinceToken.compareTo(Lease.COGNITO_CREDENTIALS_LIFETIME) < 0
        ? sinceToken : Lease.COGNITO_CREDENTIALS_LIFETIME;
  }

  /** Whether the device clock read, just before the call, within maxSkew of the server's. */
  private boolean clockNearServer(Instant deviceBeforeCall, Instant serverIssuedAt) {
    Duration offset = Duration.between(serverIssuedAt, deviceBeforeCall).abs();
    return offset.compareTo(rule.maxSkew().plus(CLOCK_READING_SLACK)) <= 0;
  }
}
