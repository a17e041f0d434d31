package dev.lapse.provider.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code iat} and {@code exp} claims of a Cognito OpenID token, read without verifying the
 * signature: the app only needs to know when to fetch a new one, and Cognito judges the rest.
 * Both claims are in the server's time, so {@code exp - iat} is the token's true lifetime even
 * when the device clock is wrong.
 */
public record LoginTokenClaims(Instant issuedAt, Instant expiresAt) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Duration lifetime() {
    return Duration.between(issuedAt, expiresAt);
  }

  /** The claims, or empty when the token is not a JWT with numeric {@code iat} and {@code exp}. */
  public static Optional<LoginTokenClaims> of(String jwt) {
    if (jwt == null) {
      return Optional.empty();
    }
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      JsonNode iat = claims.path("iat");
      JsonNode exp = claims.path("exp");
      if (!iat.isNumber() || !exp.isNumber()) {
        return Optional.empty();
      }
      return Optional.of(new LoginTokenClaims(Instant.ofEpochSecond(iat.asLong()),
          Instant.ofEpochSecond(exp.asLong())));
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
