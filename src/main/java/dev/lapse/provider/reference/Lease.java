package dev.lapse.provider.reference;

import java.time.Duration;
import java.time.Instant;

/**
 * Something that expires (credentials, a login token), with what the device knew of it when
 * it arrived. {@code expiresAt} and {@code lifetime} come from the server; {@code
 * fetchedAtDevice} is the device clock's reading at that moment, which may be skewed.
 *
 * @param value           what was fetched
 * @param expiresAt       the server's expiry instant (true time)
 * @param lifetime        how long it lives in true time (a token: {@code exp - iat}; Cognito
 *                        credentials: the fixed hour)
 * @param fetchedAtDevice the device clock's reading when it arrived
 * @param deviceClockNearServer false when, at fetch, the device clock was seen to be further
 *                        from the server's time than the tolerated skew (a login token's
 *                        {@code iat} tells); then {@link ExpiryRule} does not compare the
 *                        device clock with {@code expiresAt} at all
 * @param fetchedAtElapsed the device's monotonic time ({@code Device.elapsed()}) when it
 *                        arrived, or null if not known; with it, {@link ExpiryRule} counts the
 *                        time since fetch on a clock the user cannot set
 */
public record Lease<T>(T value, Instant expiresAt, Duration lifetime, Instant fetchedAtDevice,
    boolean deviceClockNearServer, Duration fetchedAtElapsed) {

  /** A lease fetched by a device clock not known to be off, without a monotonic reading. */
  public Lease(T value, Instant expiresAt, Duration lifetime, Instant fetchedAtDevice) {
    this(value, expiresAt, lifetime, fetchedAtDevice, true, null);
  }

  /** A lease without a monotonic reading. */
  public Lease(T value, Instant expiresAt, Duration lifetime, Instant fetchedAtDevice,
      boolean deviceClockNearServer) {
    this(value, expiresAt, lifetime, fetchedAtDevice, deviceClockNearServer, null);
  }

  /** How long Cognito's GetCredentialsForIdentity credentials live; the caller cannot change it. */
  public static final Duration COGNITO_CREDENTIALS_LIFETIME = Duration.ofHours(1);
}
