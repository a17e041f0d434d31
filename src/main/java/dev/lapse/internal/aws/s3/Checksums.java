package dev.lapse.internal.aws.s3;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The additional checksums S3 stores with an object ({@code x-amz-checksum-<algorithm>}), each
 * the base64 of the big-endian digest of the whole object.
 */
final class Checksums {
  static final String HEADER_PREFIX = "x-amz-checksum-";

  private Checksums() {}

  /** The algorithm a header or trailer name is about, or null for any other name. */
  static String algorithmOf(String headerName) {
    String lower = headerName.toLowerCase(Locale.ROOT);
    if (!lower.startsWith(HEADER_PREFIX)) {
      return null;
    }
    String algorithm = lower.substring(HEADER_PREFIX.length());
    return supports(algorithm) ? algorithm : null;
  }

  static boolean supports(String algorithm) {
    return switch (algorithm) {
      case "crc32", "crc32c", "crc64nvme", "sha1", "sha256" -> true;
      default -> false;
    };
  }

  /** The base64 checksum of {@code data}; {@code algorithm} must be supported. */
  static String compute(String algorithm, byte[] data) {
    return Base64.getEncoder().encodeToString(digest(algorithm, data));
  }

  /** How S3 names the algorithm in messages: CRC32, CRC64NVME, SHA256. */
  static String displayName(String algorithm) {
    return algorithm.toUpperCase(Locale.ROOT);
  }

  private static byte[] digest(String algorithm, byte[] data) {
    return switch (algorithm) {
      case "crc32" -> {
        CRC32 crc = new CRC32();
        crc.update(data);
        yield ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
      }
      case "crc32c" -> {
        CRC32C crc = new CRC32C();
        crc.update(data);
        yield ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
      }
      case "crc64nvme" -> ByteBuffer.allocate(8).putLong(Crc64Nvme.of(data)).array();
      case "sha1" -> messageDigest("SHA-1", data);
      case "sha256" -> messageDigest("SHA-256", data);
      default -> throw new IllegalArgumentException("unsupported checksum " + algorithm);
    };
  }

  static byte[] messageDigest(String name, byte[] data) {
    return newDigest(name).digest(data);
  }

  static MessageDigest newDigest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " is required of every JDK", e);
    }
  }
}
