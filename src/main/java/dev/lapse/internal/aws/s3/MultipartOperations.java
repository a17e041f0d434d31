package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.HttpDates;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.WireResponse;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload, ListParts
 * and ListMultipartUploads ({@link UploadPartCopyOperation} is UploadPartCopy). Each request is authenticated on its own by {@link S3Service}
 * before it gets here, at the instant it arrives: a long upload's later parts may carry newer
 * credentials than its first, and a part signed with expired ones is refused alone.
 */
final class MultipartOperations {
  private final ObjectStore store;
  private final MultipartUploads uploads;
  private final UploadDecoder decoder;

  MultipartOperations(ObjectStore store, MultipartUploads uploads, UploadDecoder decoder) {
    this.store = store;
    this.uploads = uploads;
    this.decoder = decoder;
  }

  WireResponse create(Exchange ex, S3Address at) {
    String contentType = ex.header("Content-Type");
    MultipartUploads.Upload upload = uploads.begin(at.bucket(), at.key(), ex.judgedAt(),
        contentType == null ? StoredObject.DEFAULT_CONTENT_TYPE : contentType,
        ObjectOperations.userMetadata(ex));
    String xml = new S3Xml().openWithNamespace("InitiateMultipartUploadResult")
        .element("Bucket", at.bucket()).element("Key", at.key())
        .element("UploadId", upload.id())
        .close("InitiateMultipartUploadResult").toString();
    WireResponse response = WireResponse.of(200, "application/xml", xml)
        .withHeader("x-amz-server-side-encryption", "AES256");
    String algorithm = ex.header("x-amz-checksum-algorithm");
    return algorithm == null ? response : response.withHeader("x-amz-checksum-algorithm", algorithm);
  }

  WireResponse uploadPart(Exchange ex, S3Address at, SignatureCheck.Signed signed) {
    MultipartUploads.Upload upload = uploads.find(ex.query().get("uploadId"), at.bucket(),
        at.key());
    int number = MultipartUploads.partNumber(ex.query().get("partNumber"));
    UploadDecoder.Upload sent = decoder.decode(ex, signed);
    MultipartUploads.Part part = MultipartUploads.Part.of(number,
        Checksums.messageDigest("MD5", sent.bytes()), ObjectBody.of(sent.bytes()), ex.judgedAt());
    upload.parts().put(number, part);
    WireResponse response = WireResponse.of(200, null, new byte[0])
        .withHeader("ETag", part.etag())
        .withHeader("x-amz-server-side-encryption", "AES256");
    for (Map.Entry<String, String> c : sent.checksums().entrySet()) {
      response = response.withHeader(Checksums.HEADER_PREFIX + c.getKey(), c.getValue());
    }
    return response;
  }

  /**
   * Assembles the parts the request lists, which must be in ascending order, each uploaded
   * with the ETag given, each but the last at least 5 MiB. The object's ETag is the MD5 of the
   * parts' binary MD5s, a dash and the part count, as S3 computes it.
   */
  WireResponse complete(Exchange ex, S3Address at) {
    MultipartUploads.Upload upload = uploads.find(ex.query().get("uploadId"), at.bucket(),
        at.key());
    List<CompletionRequest.Entry> listed = CompletionRequest.parse(ex.body());
    List<MultipartUploads.Part> parts = new ArrayList<>();
    int previous = 0;
    for (CompletionRequest.Entry entry : listed) {
      if (entry.partNumber() <= previous) {
        throw S3Errors.invalidPartOrder(upload.id());
      }
      previous = entry.partNumber();
      MultipartUploads.Part part = upload.parts().get(entry.partNumber());
      if (part == null || !unquoted(part.etag()).equals(unquoted(entry.etag()))) {
        throw S3Errors.invalidPart(upload.id(), entry.partNumber(), entry.etag());
      }
      parts.add(part);
    }
    for (int i = 0; i < parts.size() - 1; i++) {
      MultipartUploads.Part part = parts.get(i);
      if (part.body().size() < MultipartUploads.MIN_PART_SIZE) {
        throw S3Errors.entityTooSmall(part.body().size(), part.number(), part.etag());
      }
    }
    ByteArrayOutputStream md5s = new ByteArrayOutputStream();
    List<ObjectBody> bodies = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (MultipartUploads.Part part : parts) {
      md5s.writeBytes(part.md5());
      bodies.add(part.body());
      sizes.add(part.body().size());
    }
    String etag = "\"" + HexFormat.of().formatHex(Checksums.messageDigest("MD5",
        md5s.toByteArray())) + "-" + parts.size() + "\"";
    store.put(at.bucket(), at.key(), new StoredObject(new ObjectBody.Concatenation(bodies), etag,
        ex.judgedAt(), upload.contentType(), Map.of(), upload.metadata(), sizes));
    uploads.end(upload);
    String xml = new S3Xml().openWithNamespace("CompleteMultipartUploadResult")
        .element("Location", "http://" + ex.header("Host") + "/" + at.bucket() + "/" + at.key())
        .element("Bucket", at.bucket()).element("Key", at.key()).element("ETag", etag)
        .close("CompleteMultipartUploadResult").toString();
    return WireResponse.of(200, "application/xml", xml)
        .withHeader("x-amz-server-side-encryption", "AES256");
  }

  /** S3 answers 204; the upload id is unknown from then on. */
  WireResponse abort(Exchange ex, S3Address at) {
    uploads.end(uploads.find(ex.query().get("uploadId"), at.bucket(), at.key()));
    return WireResponse.of(204, null, new byte[0]);
  }

  WireResponse listParts(Exchange ex, S3Address at) {
    MultipartUploads.Upload upload = uploads.find(ex.query().get("uploadId"), at.bucket(),
        at.key());
    int marker = ex.query().containsKey("part-number-marker")
        ? number(ex.query().get("part-number-marker"), "part-number-marker") : 0;
    int max = ex.query().containsKey("max-parts")
        ? Math.min(1000, number(ex.query().get("max-parts"), "max-parts")) : 1000;
    List<MultipartUploads.Part> page = new ArrayList<>(
        upload.parts().tailMap(marker, false).values());
    boolean truncated = page.size() > max;
    page = page.subList(0, Math.min(max, page.size()));
    S3Xml xml = new S3Xml().openWithNamespace("ListPartsResult")
        .element("Bucket", at.bucket()).element("Key", at.key())
        .element("UploadId", upload.id())
        .element("PartNumberMarker", marker)
        .element("NextPartNumberMarker", page.isEmpty() ? marker
            : page.get(page.size() - 1).number())
        .element("MaxParts", max)
        .element("IsTruncated", truncated);
    for (MultipartUploads.Part part : page) {
      xml.open("Part").element("PartNumber", part.number())
          .element("LastModified", HttpDates.isoMillis(part.lastModified()))
          .element("ETag", part.etag()).element("Size", part.body().size()).close("Part");
    }
    return WireResponse.of(200, "application/xml",
        xml.element("StorageClass", "STANDARD").close("ListPartsResult").toString());
  }

  WireResponse listUploads(Exchange ex, String bucket) {
    String prefix = ex.query().getOrDefault("prefix", "");
    int max = ex.query().containsKey("max-uploads")
        ? Math.min(1000, number(ex.query().get("max-uploads"), "max-uploads")) : 1000;
    List<MultipartUploads.Upload> all = uploads.inBucket(bucket).stream()
        .filter(u -> u.key().startsWith(prefix)).toList();
    List<MultipartUploads.Upload> page = all.subList(0, Math.min(max, all.size()));
    boolean truncated = all.size() > page.size();
    MultipartUploads.Upload last = page.isEmpty() ? null : page.get(page.size() - 1);
    S3Xml xml = new S3Xml().openWithNamespace("ListMultipartUploadsResult")
        .element("Bucket", bucket).element("KeyMarker", "").element("UploadIdMarker", "")
        .element("NextKeyMarker", truncated ? last.key() : null)
        .element("NextUploadIdMarker", truncated ? last.id() : null)
        .element("Prefix", prefix.isEmpty() ? null : prefix)
        .element("MaxUploads", max).element("IsTruncated", truncated);
    for (MultipartUploads.Upload upload : page) {
      xml.open("Upload").element("Key", upload.key()).element("UploadId", upload.id())
          .element("StorageClass", "STANDARD")
          .element("Initiated", HttpDates.isoMillis(upload.initiated())).close("Upload");
    }
    return WireResponse.of(200, "application/xml",
        xml.close("ListMultipartUploadsResult").toString());
  }

  private static int number(String sent, String name) {
    try {
      int n = Integer.parseInt(sent.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // worded below
    }
    throw S3Errors.invalidArgument("Provided " + name + " not an integer or within integer range",
        name, sent);
  }

  private static String unquoted(String etag) {
    String e = etag.strip();
    return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")
        ? e.substring(1, e.length() - 1) : e;
  }
}
