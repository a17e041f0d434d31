package dev.lapse.internal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the OpenID tokens the fake Cognito issues. Hand-written on purpose: the
 * JDK already has RSA, and a compact JWT is three base64url parts, which does not justify a
 * JOSE library. Two schemes, the same header ({@code alg: RS512}), claims and length:
 *
 * <ul>
 *   <li>{@link #rs512()}: a real RS512 signature, as Cognito's, for {@code serve} and every
 *       world a client outside Lapse may verify. One key pair per JVM, because generating RSA
 *       keys costs tens of milliseconds and fuzzing starts thousands of worlds.
 *   <li>{@link #inRun()}: inside a scenario run only Lapse verifies its own tokens, so the
 *       256 signature bytes are HMAC-SHA512 over the signing input, four times over. An RSA
 *       signature costs about 1.5 ms of CPU, a fifth of a generated scenario; this costs
 *       microseconds, and the token keeps its shape, header, claims and size.
 * </ul>
 */
public final class JwtSigner {
  public static final String KEY_ID = "lapse-rs512-1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final JwtSigner RS512 = new JwtSigner(true);
  private static final JwtSigner IN_RUN = new JwtSigner(false);
  /** RSA-2048 signatures are 256 bytes; the in-run scheme keeps that length. */
  private static final int SIGNATURE_BYTES = 256;
  private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(JwtSigner::newMac);

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

  private final boolean rsa;

  private JwtSigner(boolean rsa) {
    this.rsa = rsa;
  }

  /** Real RS512, as Cognito signs. */
  public static JwtSigner rs512() {
    return RS512;
  }

  /** The cheap scheme for worlds only Lapse itself talks to (scenario runs, fuzzing). */
  public static JwtSigner inRun() {
    return IN_RUN;
  }

  /**
   * Starts generating the key pair on a daemon thread, so that the few hundred milliseconds
   * it takes overlap with the server starting instead of delaying the first login.
   */
  public void warmUp() {
    if (!rsa) {
      return;
    }
    Thread t = new Thread(() -> Keys.PAIR.getPublic(), "lapse-jwt-keygen");
    t.setDaemon(true);
    t.start();
  }

  /** The header never changes, so it is encoded once ({"kid", "typ", "alg"}, in that order). */
  private static final String HEADER = header();

  private static String header() {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("kid", KEY_ID);
    header.put("typ", "JWS");
    header.put("alg", "RS512");
    try {
      return B64.encodeToString(JSON.writeValueAsBytes(header));
    } catch (Exception e) {
      throw new IllegalStateException("cannot encode the JWT header", e);
    }
  }

  public String sign(Map<String, Object> claims) {
    try {
      String signingInput = HEADER + "." + B64.encodeToString(JSON.writeValueAsBytes(claims));
      return signingInput + "." + B64.encodeToString(signature(signingInput));
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign a JWT", e);
    }
  }

  /** The claims of a token whose signature this scheme made in this JVM, or empty. */
  public Optional<JsonNode> verify(String jwt) {
    String[] parts = jwt == null ? new String[0] : jwt.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String signingInput = parts[0] + "." + parts[1];
      byte[] presented = B64D.decode(parts[2]);
      boolean valid;
      if (rsa) {
        Signature verifier = Signature.getInstance("SHA512withRSA");
        verifier.initVerify(Keys.PAIR.getPublic());
        verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        valid = verifier.verify(presented);
      } else {
        valid = MessageDigest.isEqual(presented, signature(signingInput));
      }
      return valid ? Optional.of(JSON.readTree(B64D.decode(parts[1]))) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private byte[] signature(String signingInput) throws GeneralSecurityException {
    byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
    if (rsa) {
      Signature signer = Signature.getInstance("SHA512withRSA");
      signer.initSign(Keys.PAIR.getPrivate());
      signer.update(input);
      return signer.sign();
    }
    byte[] mac = HMAC.get().doFinal(input);
    byte[] out = new byte[SIGNATURE_BYTES];
    for (int i = 0; i < out.length; i += mac.length) {
      System.arraycopy(mac, 0, out, i, Math.min(mac.length, out.length - i));
    }
    return out;
  }

  /** One random key per JVM: it never leaves the process. */
  private static Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(RunKey.BYTES, "HmacSHA512"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HmacSHA512", e);
    }
  }

  private static final class RunKey {
    static final byte[] BYTES = new byte[64];

    static {
      new java.security.SecureRandom().nextBytes(BYTES);
    }
  }
}
