package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.WireResponse;
import java.util.function.Predicate;

/**
 * UploadPartCopy: a part of a multipart upload copied from (a range of) a stored object, named by
 * {@code x-amz-copy-source} and {@code x-amz-copy-source-range}. The part is stored as an
 * UploadPart of the same bytes would be (its ETag the hex MD5 of those bytes, so ListParts,
 * CompleteMultipartUpload and its EntityTooSmall rule treat both alike), but its body is a slice
 * of the source's, so copying a large object retains no bytes of it. Like every S3 request it is
 * authenticated by {@link S3Service} at the instant it arrives, before it gets here.
 */
final class UploadPartCopyOperation {
  private final ObjectStore store;
  private final MultipartUploads uploads;
  private final Predicate<String> bucketExists;

  UploadPartCopyOperation(ObjectStore store, MultipartUploads uploads,
      Predicate<String> bucketExists) {
    this.store = store;
    this.uploads = uploads;
    this.bucketExists = bucketExists;
  }

  /**
   * Checks in the order LocalStack does (S3 does not document its own): the source
   * (NoSuchBucket, NoSuchKey), the upload (NoSuchUpload), the part number, the range.
   * The source's ETag conditions are checked as CopyObject checks them.
   */
  WireResponse copy(Exchange ex, S3Address at) {
    StoredObject source = CopySource.object(CopySource.parse(ex.header("x-amz-copy-source")),
        store, bucketExists);
    CopySource.checkConditions(ex, source);
    MultipartUploads.Upload upload = uploads.find(ex.query().get("uploadId"), at.bucket(),
        at.key());
    int number = MultipartUploads.partNumber(ex.query().get("partNumber"));
    CopySourceRange range = CopySourceRange.of(ex.header(CopySourceRange.HEADER), source.size());
    ObjectBody body = source.body().slice(range.offset(), range.length());
    MultipartUploads.Part part = MultipartUploads.Part.of(number, body.md5(), body,
        ex.judgedAt());
    upload.parts().put(number, part);
    return WireResponse.of(200, "application/xml",
        S3Xml.copyResult("CopyPartResult", part.lastModified(), part.etag()))
        .withHeader("x-amz-server-side-encryption", "AES256");
  }
}
