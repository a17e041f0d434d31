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
 */
public record Lease<T>(T value, Instant expiresAt, Duration lifetime, Instant fetchedAtDevice) {

  /** How long Cognito's GetCredentialsForIdentity credentials live; the caller cannot change it. */
  public static final Duration COGNITO_CREDENTIALS_LIFETIME = Duration.ofHours(1);
}
