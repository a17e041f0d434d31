package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;
import java.util.LinkedHashMap;
import java.util.Map;

/** The S3 errors this fake sends, worded as S3 words them (see AWS-WIRE.md). */
final class S3Errors {
  static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match "
      + "the signature you provided. Check your key and signing method.";

  private S3Errors() {}

  static AwsError noSuchBucket(String bucket) {
    return new AwsError(404, "NoSuchBucket", "The specified bucket does not exist",
        Map.of("BucketName", bucket), Map.of());
  }

  static AwsError noSuchKey(String key) {
    return new AwsError(404, "NoSuchKey", "The specified key does not exist.",
        Map.of("Key", key), Map.of());
  }

  static AwsError accessDenied() {
    return new AwsError(403, "AccessDenied", "Access Denied");
  }

  static AwsError notImplemented(String what) {
    return new AwsError(501, "NotImplemented",
        "A header you provided implies functionality that is not implemented",
        Map.of("Detail", "Lapse does not model " + what), Map.of());
  }

  static AwsError wrongRegion(String signed, String home) {
    return new AwsError(400, "AuthorizationHeaderMalformed", "The authorization header is "
        + "malformed; the region '" + signed + "' is wrong; expecting '" + home + "'",
        Map.of("Region", home), Map.of("x-amz-bucket-region", home));
  }

  /** A presigned URL's credential scope names another region than the bucket's. */
  static AwsError presignedWrongRegion(String signed, String home) {
    return new AwsError(400, "AuthorizationQueryParametersError", "Error parsing the"
        + " X-Amz-Credential parameter; the region '" + signed + "' is wrong; expecting '" + home
        + "'", Map.of("Region", home), Map.of("x-amz-bucket-region", home));
  }

  /** A presigned URL used after its X-Amz-Expires: S3 says when it expired and when it is. */
  static AwsError linkExpired(dev.lapse.journal.PresignFacts link, java.time.Instant now) {
    return new AwsError(403, "AccessDenied", "Request has expired", ordered(
        "X-Amz-Expires", String.valueOf(link.lifetime().toSeconds()),
        "Expires", dev.lapse.internal.aws.HttpDates.iso(link.linkExpiresAt()),
        "ServerTime", dev.lapse.internal.aws.HttpDates.iso(now)), Map.of());
  }

  /**
   * A presigned URL used long before its X-Amz-Date. S3 states that date in epoch milliseconds
   * here (as reported against S3 by MinIO's and others' users), unlike the other elements.
   */
  static AwsError linkNotYetValid(dev.lapse.journal.PresignFacts link, java.time.Instant now) {
    return new AwsError(403, "AccessDenied", "Request is not yet valid", ordered(
        "X-Amz-Date", String.valueOf(link.signedAt().toEpochMilli()),
        "Expires", dev.lapse.internal.aws.HttpDates.iso(link.linkExpiresAt()),
        "ServerTime", dev.lapse.internal.aws.HttpDates.iso(now)), Map.of());
  }

  /** A presigned URL whose X-Amz-* parameters are missing, malformed or out of range. */
  static AwsError queryParameters(String message) {
    return new AwsError(400, "AuthorizationQueryParametersError", message);
  }

  static AwsError missingContentSha256() {
    return new AwsError(400, "InvalidRequest",
        "Missing required header for this request: x-amz-content-sha256");
  }

  static AwsError badContentSha256(String value) {
    return new AwsError(400, "InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, "
        + "STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, "
        + "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, or a valid sha256 value.",
        ordered("ArgumentName", "x-amz-content-sha256", "ArgumentValue", value), Map.of());
  }

  static AwsError contentSha256Mismatch(String declared, String computed) {
    return new AwsError(400, "XAmzContentSHA256Mismatch",
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        ordered("ClientComputedContentSHA256", declared, "S3ComputedContentSHA256", computed),
        Map.of());
  }

  static AwsError chunkSignatureMismatch(String accessKeyId) {
    return new AwsError(403, "SignatureDoesNotMatch", SIGNATURE_MISMATCH,
        Map.of("AWSAccessKeyId", accessKeyId), Map.of());
  }

  static AwsError incompleteBody(String detail) {
    return new AwsError(400, "IncompleteBody", detail);
  }

  static AwsError missingDecodedLength() {
    return new AwsError(411, "MissingContentLength",
        "You must provide the Content-Length HTTP header.",
        Map.of("Detail", "aws-chunked uploads need x-amz-decoded-content-length"), Map.of());
  }

  static AwsError badDigest(String what) {
    return new AwsError(400, "BadDigest", "The " + what
        + " you specified did not match the calculated checksum.");
  }

  static AwsError invalidDigest(String header) {
    return new AwsError(400, "InvalidDigest", "The " + header + " you specified was invalid.");
  }

  static AwsError keyTooLong() {
    return new AwsError(400, "KeyTooLongError", "Your key is too long");
  }

  static AwsError invalidArgument(String message, String name, String value) {
    return new AwsError(400, "InvalidArgument", message,
        ordered("ArgumentName", name, "ArgumentValue", value), Map.of());
  }

  static AwsError slowDown() {
    return new AwsError(503, "SlowDown", "Please reduce your request rate.");
  }

  static AwsError internalError() {
    return new AwsError(500, "InternalError",
        "We encountered an internal error. Please try again.");
  }

  static AwsError noSuchUpload(String uploadId) {
    return new AwsError(404, "NoSuchUpload", "The specified upload does not exist. The upload ID "
        + "may be invalid, or the upload may have been aborted or completed.",
        Map.of("UploadId", uploadId), Map.of());
  }

  static AwsError invalidPart(String uploadId, int partNumber, String etag) {
    return new AwsError(400, "InvalidPart", "One or more of the specified parts could not be "
        + "found.  The part may not have been uploaded, or the specified entity tag may not match "
        + "the part's entity tag.",
        ordered("UploadId", uploadId, "PartNumber", String.valueOf(partNumber), "ETag", etag),
        Map.of());
  }

  static AwsError invalidPartOrder(String uploadId) {
    return new AwsError(400, "InvalidPartOrder", "The list of parts was not in ascending order. "
        + "Parts must be ordered by part number.", Map.of("UploadId", uploadId), Map.of());
  }

  static AwsError entityTooSmall(long proposed, int partNumber, String etag) {
    return new AwsError(400, "EntityTooSmall",
        "Your proposed upload is smaller than the minimum allowed size",
        ordered("ProposedSize", String.valueOf(proposed), "MinSizeAllowed",
            String.valueOf(MultipartUploads.MIN_PART_SIZE), "PartNumber",
            String.valueOf(partNumber), "ETag", etag), Map.of());
  }

  static AwsError malformedXml() {
    return new AwsError(400, "MalformedXML", "The XML you provided was not well-formed or did "
        + "not validate against our published schema");
  }

  static AwsError invalidPartNumber(int requested, int actual) {
    return new AwsError(416, "InvalidPartNumber", "The requested partnumber is not satisfiable",
        ordered("PartNumberRequested", String.valueOf(requested), "ActualPartCount",
            String.valueOf(actual)), Map.of());
  }

  /** A copy whose {@code x-amz-copy-source-if-*} condition did not hold; S3 names it. */
  static AwsError preconditionFailed(String condition) {
    return new AwsError(412, "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold",
        ordered("Condition", condition), Map.of());
  }

  static AwsError copyOntoItself() {
    return new AwsError(400, "InvalidRequest", "This copy request is illegal because it is trying "
        + "to copy an object to itself without changing the object's metadata, storage class, "
        + "website redirect location or encryption attributes.");
  }

  /** An x-amz-copy-source-range that is not {@code bytes=first-last} with first <= last. */
  static AwsError copyRangeMalformed(String header) {
    return invalidArgument("The x-amz-copy-source-range value must be of the form "
        + "bytes=first-last where first and last are the zero-based offsets of the first and "
        + "last bytes to copy", CopySourceRange.HEADER, header);
  }

  /** A copy range that starts within the source but ends past it. */
  static AwsError copyRangeBeyondSource(String header, long size) {
    return invalidArgument("Range specified is not valid for source object of size: " + size,
        CopySourceRange.HEADER, header);
  }

  /** A copy range whose first byte is past the source's last: S3 names no argument here. */
  static AwsError copyRangeStartsPastSource() {
    return new AwsError(400, "InvalidRequest",
        "The specified copy range is invalid for the source object size");
  }

  /** Extras keep their order: S3's documents list them in a fixed order. */
  static Map<String, String> ordered(String... namesAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      out.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }
}
