package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
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

  /**
   * {@code x-amz-copy-source-if-match} and {@code -if-none-match} against the source's ETag,
   * 412 PreconditionFailed when one does not hold, as S3 answers. The SDK's multipart copy pins
   * the source with if-match on every part, so a source replaced mid-copy fails as on S3. The
   * date conditions ({@code -if-modified-since}, {@code -if-unmodified-since}) are not checked.
   */
  static void checkConditions(Exchange ex, StoredObject source) {
    String match = ex.header("x-amz-copy-source-if-match");
    if (match != null && !anyMatches(match, source.etag())) {
      throw S3Errors.preconditionFailed("x-amz-copy-source-If-Match");
    }
    String noneMatch = ex.header("x-amz-copy-source-if-none-match");
    if (noneMatch != null && anyMatches(noneMatch, source.etag())) {
      throw S3Errors.preconditionFailed("x-amz-copy-source-If-None-Match");
    }
  }

  /** Whether a comma-separated ETag list (quoted or not, or {@code *}) names this ETag. */
  private static boolean anyMatches(String list, String etag) {
    String bare = unquoted(etag);
    for (String candidate : list.split(",")) {
      String c = unquoted(candidate.strip());
      if (c.equals("*") || c.equals(bare)) {
        return true;
      }
    }
    return false;
  }

  private static String unquoted(String etag) {
    return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1) : etag;
  }
}
