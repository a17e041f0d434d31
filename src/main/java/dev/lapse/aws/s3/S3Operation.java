package dev.lapse.aws.s3;

import java.util.Map;

/** The S3 operations a request can name, told apart by method, address and query. */
enum S3Operation {
  LIST_BUCKETS("ListBuckets", false),
  HEAD_BUCKET("HeadBucket", true),
  LIST_OBJECTS("ListObjects", false),
  LIST_OBJECTS_V2("ListObjectsV2", true),
  PUT_OBJECT("PutObject", true),
  GET_OBJECT("GetObject", true),
  HEAD_OBJECT("HeadObject", true),
  DELETE_OBJECT("DeleteObject", true),
  /** Anything else (multipart, ACLs, tagging, bucket configuration...): not modelled. */
  UNSUPPORTED("Unknown", false);

  private final String wireName;
  private final boolean implemented;

  S3Operation(String wireName, boolean implemented) {
    this.wireName = wireName;
    this.implemented = implemented;
  }

  /** The operation's name in the S3 API, as the journal records it. */
  String wireName() {
    return wireName;
  }

  boolean implemented() {
    return implemented;
  }

  /** @param copySource the {@code x-amz-copy-source} header: a PUT with it is CopyObject */
  static S3Operation of(String method, S3Address address, Map<String, String> query,
      String copySource) {
    if (address.bucket() == null) {
      return "GET".equals(method) ? LIST_BUCKETS : UNSUPPORTED;
    }
    if (address.key() == null) {
      return bucketOperation(method, query);
    }
    if (!query.isEmpty() && !onlyHarmlessParameters(query)) {
      return UNSUPPORTED; // ?uploads, ?tagging, ?acl, ?partNumber ...
    }
    return switch (method) {
      case "PUT" -> copySource == null ? PUT_OBJECT : UNSUPPORTED;
      case "GET" -> GET_OBJECT;
      case "HEAD" -> HEAD_OBJECT;
      case "DELETE" -> DELETE_OBJECT;
      default -> UNSUPPORTED;
    };
  }

  private static S3Operation bucketOperation(String method, Map<String, String> query) {
    if ("HEAD".equals(method) && query.isEmpty()) {
      return HEAD_BUCKET;
    }
    if (!"GET".equals(method)) {
      return UNSUPPORTED;
    }
    if ("2".equals(query.get("list-type"))) {
      return LIST_OBJECTS_V2;
    }
    return query.isEmpty() || query.containsKey("prefix") || query.containsKey("marker")
        ? LIST_OBJECTS : UNSUPPORTED;
  }

  /** Query parameters that do not change which object operation is meant. */
  private static boolean onlyHarmlessParameters(Map<String, String> query) {
    for (String name : query.keySet()) {
      if (!name.startsWith("x-id") && !name.startsWith("response-")) {
        return false;
      }
    }
    return true;
  }
}
