package dev.lapse.internal.aws.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two primitives SigV4 is made of: SHA-256 and HMAC-SHA256, hex encoded lower case. */
final class SigV4Crypto {

  private static final HexFormat HEX = HexFormat.of();

  /** One Mac per thread: Mac.getInstance looks the provider up on every call. */
  private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
    try {
      return Mac.getInstance("HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  });

  /** Hex SHA-256 of zero bytes: the "previous hash" slot of every chunk string to sign. */
  static final String EMPTY_SHA256 = sha256Hex(new byte[0]);

  private SigV4Crypto() {}

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  static String sha256Hex(byte[] data) {
    return hex(sha256(data, 0, data.length));
  }

  static String sha256Hex(byte[] data, int offset, int length) {
    return hex(sha256(data, offset, length));
  }

  static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = HMAC.get();
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }

  /** Constant-time comparison, so a caller cannot learn a signature byte by byte from timing. */
  static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(byte[] data, int offset, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(data, offset, length);
      return digest.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
