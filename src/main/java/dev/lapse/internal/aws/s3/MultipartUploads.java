package dev.lapse.internal.aws.s3;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The multipart uploads in progress, by upload id. Thread-safe: a client uploads parts in
 * parallel. A part keeps its MD5 and its {@link ObjectBody}, which for Lapse's own payload is a
 * phase and a length, so an upload in progress retains almost nothing.
 */
final class MultipartUploads {
  /** S3's smallest part, but the last: 5 MiB. */
  static final long MIN_PART_SIZE = 5L * 1024 * 1024;
  static final int MAX_PART_NUMBER = 10_000;

  /** One part as uploaded; a part uploaded again under its number replaces it. */
  record Part(int number, String etag, byte[] md5, ObjectBody body, Instant lastModified) {
    /** A part whose ETag is its quoted hex MD5, as S3 tags a part however it came. */
    static Part of(int number, byte[] md5, ObjectBody body, Instant at) {
      return new Part(number, "\"" + HexFormat.of().formatHex(md5) + "\"", md5, body, at);
    }
  }

  /** An upload begun by CreateMultipartUpload and not yet completed or aborted. */
  record Upload(String id, String bucket, String key, Instant initiated, String contentType,
      Map<String, String> metadata, NavigableMap<Integer, Part> parts) {}

  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();

  Upload begin(String bucket, String key, Instant at, String contentType,
      Map<String, String> metadata) {
    // Opaque like S3's, but counted, so the same scenario journals the same ids.
    String id = "LapseUpload" + String.format("%08d", counter.incrementAndGet())
        + "." + Integer.toHexString((bucket + "/" + key).hashCode());
    Upload upload = new Upload(id, bucket, key, at, contentType, Map.copyOf(metadata),
        new ConcurrentSkipListMap<>());
    uploads.put(id, upload);
    return upload;
  }

  /** Bytes the parts of uploads under way hold in memory. */
  long retainedBytes() {
    return uploads.values().stream().flatMap(u -> u.parts().values().stream())
        .mapToLong(p -> p.body().retained()).sum();
  }

  /** The upload of this object with this id, or NoSuchUpload. */
  Upload find(String id, String bucket, String key) {
    Upload upload = id == null ? null : uploads.get(id);
    if (upload == null || !upload.bucket().equals(bucket) || !upload.key().equals(key)) {
      throw S3Errors.noSuchUpload(id == null ? "" : id);
    }
    return upload;
  }

  /** The {@code partNumber} query parameter of UploadPart and UploadPartCopy: 1..10000. */
  static int partNumber(String sent) {
    try {
      int n = Integer.parseInt(sent == null ? "" : sent.strip());
      if (n >= 1 && n <= MAX_PART_NUMBER) {
        return n;
      }
    } catch (NumberFormatException e) {
      // worded below
    }
    throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, "
        + "inclusive", "partNumber", sent);
  }

  /** Ends an upload (completed or aborted): its id is no longer known. */
  void end(Upload upload) {
    uploads.remove(upload.id());
  }

  /** The bucket's uploads in progress, by key then initiation order. */
  java.util.List<Upload> inBucket(String bucket) {
    return uploads.values().stream().filter(u -> u.bucket().equals(bucket))
        .sorted(java.util.Comparator.comparing(Upload::key, ObjectStore.UTF8_ORDER)
            .thenComparing(Upload::id))
        .toList();
  }

  void clear() {
    uploads.clear();
    counter.set(0);
  }
}
