package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.sigv4.PresignedQuery;
import dev.lapse.vocabulary.Operation;
import java.util.Map;

/** Tells which S3 operation a request names, by method, address and query. */
final class S3Operation {
  private S3Operation() {}

  /**
   * @param copySource the {@code x-amz-copy-source} header: a PUT with it is CopyObject
   * @return the operation, or {@link Operation#UNKNOWN} for anything not modelled (multipart,
   *     ACLs, tagging, bucket configuration...)
   */
  static Operation of(String method, S3Address address, Map<String, String> query,
      String copySource) {
    if (address.bucket() == null) {
      return "GET".equals(method) ? Operation.LIST_BUCKETS : Operation.UNKNOWN;
    }
    if (address.key() == null) {
      return bucketOperation(method, query);
    }
    if (!query.isEmpty() && !onlyHarmlessParameters(query)) {
      return Operation.UNKNOWN; // ?uploads, ?tagging, ?acl, ?partNumber ...
    }
    return switch (method) {
      case "PUT" -> copySource == null ? Operation.PUT_OBJECT : Operation.UNKNOWN;
      case "GET" -> Operation.GET_OBJECT;
      case "HEAD" -> Operation.HEAD_OBJECT;
      case "DELETE" -> Operation.DELETE_OBJECT;
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
    if ("2".equals(query.get("list-type"))) {
      return Operation.LIST_OBJECTS_V2;
    }
    return query.isEmpty() || query.containsKey("prefix") || query.containsKey("marker")
        ? Operation.LIST_OBJECTS : Operation.UNKNOWN;
  }

  /**
   * Query parameters that do not change which object operation is meant: the X-Amz-* of a
   * presigned URL included, and the request headers presigners hoist into the query
   * (JS SDK v3 sends {@code x-amz-checksum-mode=ENABLED} with a GetObject link).
   */
  private static boolean onlyHarmlessParameters(Map<String, String> query) {
    for (String name : query.keySet()) {
      if (!name.startsWith("x-id") && !name.startsWith("response-")
          && !PresignedQuery.isAuthParameter(name) && !name.startsWith("x-amz-")) {
        return false;
      }
    }
    return true;
  }
}
