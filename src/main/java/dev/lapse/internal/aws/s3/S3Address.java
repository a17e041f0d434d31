package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;

/**
 * What a path-style S3 request is about: {@code /bucket/key}. The key is percent-decoded once
 * (S3 signs and stores keys that way); a {@code +} in a path is a literal plus, not a space.
 *
 * @param bucket the bucket name, or null for the service root {@code /}
 * @param key    the object key, or null for a bucket-level request ({@code /bucket} or
 *               {@code /bucket/})
 */
record S3Address(String bucket, String key) {
  /** S3's limit on the UTF-8 length of a key. */
  static final int MAX_KEY_BYTES = 1024;

  static S3Address parse(String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.isEmpty()) {
      return new S3Address(null, null);
    }
    int slash = path.indexOf('/');
    String bucket = decode(slash < 0 ? path : path.substring(0, slash));
    String key = slash < 0 || slash == path.length() - 1 ? null : decode(path.substring(slash + 1));
    return new S3Address(bucket, key);
  }

  /** {@code bucket/key}, {@code bucket}, or {@code /} for the journal's resource column. */
  String resource() {
    if (bucket == null) {
      return "/";
    }
    return key == null ? bucket : bucket + "/" + key;
  }

  private static String decode(String raw) {
    try {
      // S3 refuses a key that is not valid UTF-8 (it does not store U+FFFD in its place).
      return dev.lapse.internal.aws.PercentDecoding.decode(raw, false);
    } catch (IllegalArgumentException e) {
      throw new AwsError(400, "InvalidURI", "Couldn't parse the specified URI.");
    }
  }
}
