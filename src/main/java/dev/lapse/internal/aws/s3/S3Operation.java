package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.sigv4.PresignedQuery;
import dev.lapse.vocabulary.Operation;
import java.util.Map;
import java.util.Set;

/**
 * Tells which S3 operation a request names, by method, address and query: the S3 operation
 * table. A multipart upload's requests are told apart by {@code ?uploads}, {@code ?uploadId}
 * and {@code ?partNumber}, as S3 tells them.
 */
final class S3Operation {
  /** Query parameters an object operation may carry without becoming another operation. */
  private static final Set<String> OBJECT_PARAMETERS = Set.of("uploads", "uploadId",
      "partNumber", "versionId");

  private S3Operation() {}

  /**
   * @param copySource the {@code x-amz-copy-source} header: a PUT with it is CopyObject (or
   *     UploadPartCopy, with a part number)
   * @return the operation, or {@link Operation#UNKNOWN} for anything not modelled (ACLs,
   *     tagging, bucket configuration...)
   */
  static Operation of(String method, S3Address address, Map<String, String> query,
      String copySource) {
    if (address.bucket() == null) {
      return "GET".equals(method) ? Operation.LIST_BUCKETS : Operation.UNKNOWN;
    }
    if (address.key() == null) {
      return bucketOperation(method, query);
    }
    for (String name : query.keySet()) {
      if (!OBJECT_PARAMETERS.contains(name) && !harmless(name)) {
        return Operation.UNKNOWN; // ?tagging, ?acl, ?retention ...
      }
    }
    boolean upload = query.containsKey("uploadId");
    boolean part = query.containsKey("partNumber");
    return switch (method) {
      case "PUT" -> upload && part
          ? (copySource == null ? Operation.UPLOAD_PART : Operation.UPLOAD_PART_COPY)
          : upload || part || query.containsKey("uploads") ? Operation.UNKNOWN
          : copySource == null ? Operation.PUT_OBJECT : Operation.COPY_OBJECT;
      case "POST" -> query.containsKey("uploads") && !upload ? Operation.CREATE_MULTIPART_UPLOAD
          : upload && !part ? Operation.COMPLETE_MULTIPART_UPLOAD : Operation.UNKNOWN;
      case "GET" -> upload ? (part ? Operation.UNKNOWN : Operation.LIST_PARTS)
          : Operation.GET_OBJECT;
      case "HEAD" -> upload ? Operation.UNKNOWN : Operation.HEAD_OBJECT;
      case "DELETE" -> upload ? Operation.ABORT_MULTIPART_UPLOAD
          : part ? Operation.UNKNOWN : Operation.DELETE_OBJECT;
      default -> Operation.UNKNOWN;
    };
  }

  private static Operation bucketOperation(String method, Map<String, String> query) {
    if ("HEAD".equals(method) && query.isEmpty()) {
      return Operation.HEAD_BUCKET;
    }
    if (!"GET".equals(method)) {
      return Operation.UNKNOWN;
    }
    if (query.containsKey("uploads")) {
      return Operation.LIST_MULTIPART_UPLOADS;
    }
    if ("2".equals(query.get("list-type"))) {
      return Operation.LIST_OBJECTS_V2;
    }
    for (String name : query.keySet()) {
      if (!Set.of("prefix", "marker", "delimiter", "max-keys", "encoding-type").contains(name)) {
        return Operation.UNKNOWN; // ?location, ?versioning, ?policy ...
      }
    }
    return Operation.LIST_OBJECTS;
  }

  /**
   * Query parameters that do not change which object operation is meant: the X-Amz-* of a
   * presigned URL included, and the request headers presigners hoist into the query
   * (JS SDK v3 sends {@code x-amz-checksum-mode=ENABLED} with a GetObject link).
   */
  private static boolean harmless(String name) {
    return name.startsWith("x-id") || name.startsWith("response-")
        || PresignedQuery.isAuthParameter(name) || name.startsWith("x-amz-");
  }
}
