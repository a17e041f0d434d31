package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;
import java.util.function.Predicate;

/**
 * The {@code x-amz-copy-source} header of CopyObject and UploadPartCopy:
 * {@code [/]bucket/key[?versionId=...]}, URL-encoded.
 */
final class CopySource {
  private CopySource() {}

  static S3Address parse(String header) {
    String value = header.strip();
    int query = value.indexOf('?');
    if (query >= 0) {
      value = value.substring(0, query);
    }
    S3Address from = S3Address.parse(value.startsWith("/") ? value : "/" + value);
    if (from.bucket() == null || from.key() == null) {
      throw new AwsError(400, "InvalidArgument", "Invalid copy source object key",
          S3Errors.ordered("ArgumentName", "x-amz-copy-source", "ArgumentValue", header),
          java.util.Map.of());
    }
    return from;
  }

  /** The object the header named, or NoSuchBucket or NoSuchKey as S3 answers a copy. */
  static StoredObject object(S3Address from, ObjectStore store, Predicate<String> bucketExists) {
    if (!bucketExists.test(from.bucket())) {
      throw S3Errors.noSuchBucket(from.bucket());
    }
    return store.require(from.bucket(), from.key());
  }
}
