package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginTokenClaimsTest {

  private static String jwt(String claimsJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS512\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
  }

  @Test
  void readsIssueAndExpiryInServerTime() {
    LoginTokenClaims claims = LoginTokenClaims.of(jwt("{\"iat\":1767225600,\"exp\":1767226500}"))
        .orElseThrow();
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), claims.issuedAt());
    assertEquals(Duration.ofMinutes(15), claims.lifetime());
  }

  @Test
  void isEmptyForWhatIsNotAJwtWithNumericTimes() {
    assertTrue(LoginTokenClaims.of(null).isEmpty());
    assertTrue(LoginTokenClaims.of("opaque-token").isEmpty());
    assertTrue(LoginTokenClaims.of("a.!!!.b").isEmpty());
    assertTrue(LoginTokenClaims.of(jwt("{\"exp\":\"soon\",\"iat\":1}")).isEmpty());
    assertTrue(LoginTokenClaims.of(jwt("[1,2]")).isEmpty());
  }
}
