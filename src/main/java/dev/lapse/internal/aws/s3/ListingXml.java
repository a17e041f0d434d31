package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.HttpDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code ListBucketResult} documents of ListObjectsV2 and ListObjects (v1). */
final class ListingXml {
  private ListingXml() {}

  static String render(String bucket, ListingRequest request, ListObjectsV2.Page page) {
    S3Xml xml = new S3Xml().openWithNamespace("ListBucketResult")
        .element("Name", bucket)
        .element("Prefix", encode(request.prefix(), request))
        .element("ContinuationToken", request.continuationToken())
        .element("NextContinuationToken", page.next() == null ? null : page.next().encode())
        .element("KeyCount", page.contents().size() + page.commonPrefixes().size())
        .element("MaxKeys", request.maxKeys())
        .element("Delimiter", encode(request.delimiter(), request))
        .element("EncodingType", request.urlEncoded() ? "url" : null)
        .element("IsTruncated", page.next() != null);
    return entries(xml, request, page)
        .element("StartAfter", encode(request.startAfter(), request))
        .close("ListBucketResult").toString();
  }

  /** Version 1: a marker, and a NextMarker only when a delimiter is given (as S3 does). */
  static String renderVersion1(String bucket, ListingRequest request, ListObjectsV2.Page page) {
    S3Xml xml = new S3Xml().openWithNamespace("ListBucketResult")
        .element("Name", bucket)
        .element("Prefix", encode(request.prefix(), request))
        .element("Marker", encode(request.startAfter() == null ? "" : request.startAfter(),
            request))
        .element("NextMarker", page.next() == null || request.delimiter() == null ? null
            : encode(page.next().marker(), request))
        .element("MaxKeys", request.maxKeys())
        .element("Delimiter", encode(request.delimiter(), request))
        .element("IsTruncated", page.next() != null);
    return entries(xml, request, page)
        .element("EncodingType", request.urlEncoded() ? "url" : null)
        .close("ListBucketResult").toString();
  }

  private static S3Xml entries(S3Xml xml, ListingRequest request, ListObjectsV2.Page page) {
    for (Map.Entry<String, StoredObject> entry : page.contents()) {
      StoredObject object = entry.getValue();
      xml.open("Contents")
          .element("Key", encode(entry.getKey(), request))
          .element("LastModified", HttpDates.isoMillis(object.lastModified()))
          .element("ETag", object.etag())
          .element("Size", object.size())
          .element("StorageClass", "STANDARD")
          .close("Contents");
    }
    for (String prefix : page.commonPrefixes()) {
      xml.open("CommonPrefixes").element("Prefix", encode(prefix, request)).close("CommonPrefixes");
    }
    return xml;
  }

  /** With {@code encoding-type=url}, S3 form-encodes keys and prefixes (a space is a plus). */
  private static String encode(String text, ListingRequest request) {
    if (text == null || !request.urlEncoded()) {
      return text;
    }
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
