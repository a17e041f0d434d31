package dev.lapse.internal.aws.sts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Json;
import java.util.Base64;

/**
 * Verifies a web identity token as STS does before trusting any claim: it must be a JWT at
 * all, and then its signature must check out against the issuer's key (this world's Cognito).
 */
final class WebIdentityToken {
  private WebIdentityToken() {}

  static JsonNode verify(String jwt, Authority authority) {
    if (!looksLikeJwt(jwt)) {
      throw invalid("The ID Token provided is not a valid JWT. (You may see this error if you "
          + "sent an Access Token)");
    }
    return authority.verifiedClaims(jwt).orElseThrow(
        () -> invalid("Couldn't verify the signature of the web identity token."));
  }

  /** Three base64url parts whose middle one is a JSON object. */
  private static boolean looksLikeJwt(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return false;
    }
    try {
      return Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1])).isObject();
    } catch (Exception e) {
      return false;
    }
  }

  private static AwsError invalid(String message) {
    return new AwsError(400, "InvalidIdentityToken", message);
  }
}
