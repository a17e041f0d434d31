package dev.lapse.vocabulary;

/**
 * Every operation the fake world tells apart, each with the name AWS gives it (the journal's
 * and the reports' spelling) and the service it belongs to. One list for the fake AWS, the
 * device, the checks and the report, so none of them matches operation names as strings.
 */
public enum Operation {
  GET_ID("GetId", Service.COGNITO_IDENTITY),
  GET_OPEN_ID_TOKEN("GetOpenIdToken", Service.COGNITO_IDENTITY),
  GET_CREDENTIALS_FOR_IDENTITY("GetCredentialsForIdentity", Service.COGNITO_IDENTITY),
  GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY("GetOpenIdTokenForDeveloperIdentity",
      Service.COGNITO_IDENTITY),
  LOOKUP_DEVELOPER_IDENTITY("LookupDeveloperIdentity", Service.COGNITO_IDENTITY),
  DESCRIBE_IDENTITY_POOL("DescribeIdentityPool", Service.COGNITO_IDENTITY),
  ASSUME_ROLE_WITH_WEB_IDENTITY("AssumeRoleWithWebIdentity", Service.STS),
  GET_CALLER_IDENTITY("GetCallerIdentity", Service.STS),
  LIST_BUCKETS("ListBuckets", Service.S3),
  HEAD_BUCKET("HeadBucket", Service.S3),
  LIST_OBJECTS("ListObjects", Service.S3),
  LIST_OBJECTS_V2("ListObjectsV2", Service.S3),
  PUT_OBJECT("PutObject", Service.S3),
  GET_OBJECT("GetObject", Service.S3),
  HEAD_OBJECT("HeadObject", Service.S3),
  DELETE_OBJECT("DeleteObject", Service.S3),
  COPY_OBJECT("CopyObject", Service.S3),
  CREATE_MULTIPART_UPLOAD("CreateMultipartUpload", Service.S3),
  UPLOAD_PART("UploadPart", Service.S3),
  UPLOAD_PART_COPY("UploadPartCopy", Service.S3),
  COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload", Service.S3),
  ABORT_MULTIPART_UPLOAD("AbortMultipartUpload", Service.S3),
  LIST_PARTS("ListParts", Service.S3),
  LIST_MULTIPART_UPLOADS("ListMultipartUploads", Service.S3),
  /** The developer backend's one endpoint, {@code GET /developer/token?user=<name>}. */
  GET_DEVELOPER_TOKEN("GetDeveloperToken", Service.DEVELOPER_BACKEND),
  /** A request whose operation could not be told (malformed, or not modelled). */
  UNKNOWN("Unknown", null);

  private final String awsName;
  private final Service service;

  Operation(String awsName, Service service) {
    this.awsName = awsName;
    this.service = service;
  }

  /** The operation's name in the AWS API, e.g. {@code GetObject}. */
  public String awsName() {
    return awsName;
  }

  /** The service it belongs to; null for {@link #UNKNOWN}, which any service may journal. */
  public Service service() {
    return service;
  }

  /** Whether it exchanges a login or web-identity token for credentials. */
  public boolean fetchesCredentials() {
    return this == GET_CREDENTIALS_FOR_IDENTITY || this == ASSUME_ROLE_WITH_WEB_IDENTITY;
  }

  /** The operation AWS calls {@code awsName} within {@code service}, else {@link #UNKNOWN}. */
  public static Operation of(Service service, String awsName) {
    for (Operation op : values()) {
      if (op.service == service && op.awsName.equals(awsName)) {
        return op;
      }
    }
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return awsName;
  }
}
