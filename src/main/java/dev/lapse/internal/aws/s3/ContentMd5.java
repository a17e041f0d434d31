package dev.lapse.internal.aws.s3;

import java.util.Arrays;
import java.util.Base64;

/** The optional {@code Content-MD5} header: base64 of the MD5 of the object's bytes. */
final class ContentMd5 {
  private ContentMd5() {}

  static void check(String header, byte[] bytes) {
    if (header == null) {
      return;
    }
    byte[] sent;
    try {
      sent = Base64.getDecoder().decode(header.strip());
    } catch (IllegalArgumentException e) {
      throw S3Errors.invalidDigest("Content-MD5");
    }
    if (sent.length != 16) {
      throw S3Errors.invalidDigest("Content-MD5");
    }
    if (!Arrays.equals(sent, Checksums.messageDigest("MD5", bytes))) {
      throw new dev.lapse.internal.aws.AwsError(400, "BadDigest",
          "The Content-MD5 you specified did not match what we received.");
    }
  }
}
