package dev.lapse.internal.aws.s3;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One object as S3 keeps it. Immutable: a put replaces the whole value.
 *
 * @param etag         quoted hex MD5 of the bytes for a single-part upload; quoted
 *                     {@code <md5 of the parts' md5s>-<part count>} for a multipart one
 * @param lastModified virtual instant of the put
 * @param contentType  as uploaded, or S3's default {@code binary/octet-stream}
 * @param checksums    algorithm (crc32, sha256, ...) to base64 value, as the client sent them
 * @param metadata     user metadata: {@code x-amz-meta-*} header names (lower case) to values
 * @param partSizes    the sizes of a multipart upload's parts in order; empty for one part
 */
record StoredObject(ObjectBody body, String etag, Instant lastModified, String contentType,
    Map<String, String> checksums, Map<String, String> metadata, List<Long> partSizes) {

  static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  StoredObject {
    checksums = Map.copyOf(checksums);
    metadata = Map.copyOf(metadata);
    partSizes = List.copyOf(partSizes);
  }

  StoredObject(ObjectBody body, String etag, Instant lastModified, String contentType,
      Map<String, String> checksums, Map<String, String> metadata) {
    this(body, etag, lastModified, contentType, checksums, metadata, List.of());
  }

  long size() {
    return body.size();
  }
}
