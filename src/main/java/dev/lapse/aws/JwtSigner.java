package dev.lapse.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signs and verifies the OpenID tokens the fake Cognito issues, as RS512 JWTs like the real
 * ones. Hand-written on purpose: the JDK already has RSA, and a compact JWT is three base64url
 * parts, which does not justify a JOSE library. One key pair per JVM, because generating RSA
 * keys costs tens of milliseconds and fuzzing starts thousands of worlds.
 */
public final class JwtSigner {
  public static final String KEY_ID = "lapse-rs512-1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private static final class Keys {
    static final KeyPair PAIR = generate();

    private static KeyPair generate() {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK cannot make an RSA key pair", e);
      }
    }
  }

  private JwtSigner() {}

  /**
   * Starts generating the key pair on a daemon thread, so that the few hundred milliseconds
   * it takes overlap with the server starting instead of delaying the first login.
   */
  static void warmUp() {
    Thread t = new Thread(() -> Keys.PAIR.getPublic(), "lapse-jwt-keygen");
    t.setDaemon(true);
    t.start();
  }

  public static String sign(Map<String, Object> claims) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("kid", KEY_ID);
    header.put("typ", "JWS");
    header.put("alg", "RS512");
    try {
      String signingInput = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
          + B64.encodeToString(JSON.writeValueAsBytes(claims));
      Signature rsa = Signature.getInstance("SHA512withRSA");
      rsa.initSign(Keys.PAIR.getPrivate());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(rsa.sign());
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign a JWT", e);
    }
  }

  /** The claims of a token whose signature this JVM made, or empty for anything else. */
  public static Optional<JsonNode> verify(String jwt) {
    String[] parts = jwt == null ? new String[0] : jwt.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      Signature rsa = Signature.getInstance("SHA512withRSA");
      rsa.initVerify(Keys.PAIR.getPublic());
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(B64D.decode(parts[2]))) {
        return Optional.empty();
      }
      return Optional.of(JSON.readTree(B64D.decode(parts[1])));
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
