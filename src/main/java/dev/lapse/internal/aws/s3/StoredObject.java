package dev.lapse.internal.aws.s3;

import java.time.Instant;
import java.util.Map;

/**
 * One object as S3 keeps it. Immutable: a put replaces the whole value.
 *
 * @param etag         quoted hex MD5 of the bytes, as S3 sends it for a single-part upload
 * @param lastModified virtual instant of the put
 * @param contentType  as uploaded, or S3's default {@code binary/octet-stream}
 * @param checksums    algorithm (crc32, sha256, ...) to base64 value, as the client sent them
 * @param metadata     user metadata: {@code x-amz-meta-*} header names (lower case) to values
 */
record StoredObject(byte[] bytes, String etag, Instant lastModified, String contentType,
    Map<String, String> checksums, Map<String, String> metadata) {

  static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  StoredObject {
    checksums = Map.copyOf(checksums);
    metadata = Map.copyOf(metadata);
  }

  long size() {
    return bytes.length;
  }
}
