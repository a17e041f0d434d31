package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.HttpDates;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PutObject, CopyObject, GetObject, HeadObject and DeleteObject on the in-memory store. */
final class ObjectOperations {
  private final ObjectStore store;
  private final UploadDecoder uploads;

  ObjectOperations(ObjectStore store, UploadDecoder uploads) {
    this.store = store;
    this.uploads = uploads;
  }

  WireResponse put(Exchange ex, S3Address at, SignatureCheck.Signed signed) {
    if (at.key().getBytes(StandardCharsets.UTF_8).length > S3Address.MAX_KEY_BYTES) {
      throw S3Errors.keyTooLong();
    }
    UploadDecoder.Upload upload = uploads.decode(ex, signed);
    String etag = "\"" + HexFormat.of().formatHex(Checksums.messageDigest("MD5", upload.bytes()))
        + "\"";
    String contentType = ex.header("Content-Type");
    StoredObject object = new StoredObject(ObjectBody.of(upload.bytes()), etag, ex.judgedAt(),
        contentType == null ? StoredObject.DEFAULT_CONTENT_TYPE : contentType,
        upload.checksums(), userMetadata(ex));
    store.put(at.bucket(), at.key(), object);
    WireResponse response = WireResponse.of(200, null, new byte[0])
        .withHeader("ETag", etag)
        .withHeader("x-amz-server-side-encryption", "AES256");
    for (Map.Entry<String, String> c : object.checksums().entrySet()) {
      response = response.withHeader(Checksums.HEADER_PREFIX + c.getKey(), c.getValue());
    }
    return response;
  }

  WireResponse get(Exchange ex, S3Address at) {
    StoredObject object = find(at);
    ByteRange range = partNumber(ex) != null ? partRange(object, partNumber(ex))
        : ByteRange.of(ex.header("Range"), object.size());
    if (range == null) {
      return withObjectHeaders(WireResponse.of(200, object.contentType(), object.body().all()),
          ex, object, true);
    }
    byte[] part = object.size() == 0 ? new byte[0] : object.body().read(range.first(),
        range.last());
    // S3 sends no whole-object checksum with a part of the object.
    WireResponse response = withObjectHeaders(WireResponse.of(206, object.contentType(), part), ex,
        object, false).withHeader("Content-Range", range.contentRange());
    return partNumber(ex) == null || object.partSizes().isEmpty() ? response
        : response.withHeader("x-amz-mp-parts-count", String.valueOf(object.partSizes().size()));
  }

  /**
   * Copies an object ({@code x-amz-copy-source: bucket/key}, URL-encoded) within a bucket or
   * across buckets: the copy is one part whatever the source was, with the source's metadata
   * unless {@code x-amz-metadata-directive: REPLACE}.
   */
  WireResponse copy(Exchange ex, S3Address at, java.util.function.Predicate<String> bucketExists) {
    S3Address from = CopySource.parse(ex.header("x-amz-copy-source"));
    StoredObject source = CopySource.object(from, store, bucketExists);
    CopySource.checkConditions(ex, source);
    boolean replace = "REPLACE".equalsIgnoreCase(ex.header("x-amz-metadata-directive"));
    if (from.equals(at) && !replace) {
      throw S3Errors.copyOntoItself();
    }
    String contentType = ex.header("Content-Type");
    StoredObject copy = new StoredObject(source.body(), source.partSizes().isEmpty()
        ? source.etag() : singlePartEtag(source.body()), ex.judgedAt(),
        replace ? (contentType == null ? StoredObject.DEFAULT_CONTENT_TYPE : contentType)
            : source.contentType(),
        source.partSizes().isEmpty() ? source.checksums() : Map.of(),
        replace ? userMetadata(ex) : source.metadata());
    store.put(at.bucket(), at.key(), copy);
    return WireResponse.of(200, "application/xml",
        S3Xml.copyResult("CopyObjectResult", copy.lastModified(), copy.etag()))
        .withHeader("x-amz-server-side-encryption", "AES256");
  }

  /** A copied multipart object becomes one part, with the MD5 of its bytes as its ETag. */
  private static String singlePartEtag(ObjectBody body) {
    return "\"" + HexFormat.of().formatHex(body.md5()) + "\"";
  }

  private static Integer partNumber(Exchange ex) {
    String sent = ex.query().get("partNumber");
    if (sent == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(sent.strip());
      if (n >= 1 && n <= MultipartUploads.MAX_PART_NUMBER) {
        return n;
      }
    } catch (NumberFormatException e) {
      // worded below
    }
    throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, "
        + "inclusive", "partNumber", sent);
  }

  /** The bytes of part {@code n}: of a multipart object as uploaded; part 1 of any other. */
  private static ByteRange partRange(StoredObject object, int n) {
    List<Long> sizes = object.partSizes().isEmpty() ? List.of(object.size()) : object.partSizes();
    if (n > sizes.size()) {
      throw S3Errors.invalidPartNumber(n, sizes.size());
    }
    long first = 0;
    for (int i = 0; i < n - 1; i++) {
      first += sizes.get(i);
    }
    return new ByteRange(first, first + sizes.get(n - 1) - 1, object.size());
  }

  /** Like GetObject without the body; Content-Length still tells the object's size. */
  WireResponse head(Exchange ex, S3Address at) {
    StoredObject object = find(at);
    return withObjectHeaders(WireResponse.of(200, object.contentType(), new byte[0]), ex, object,
        true).withHeader("Content-Length", String.valueOf(object.size()));
  }

  /** S3 answers 204 whether or not the key existed. */
  WireResponse delete(S3Address at) {
    store.delete(at.bucket(), at.key());
    return WireResponse.of(204, null, new byte[0]);
  }

  private StoredObject find(S3Address at) {
    return store.require(at.bucket(), at.key());
  }

  private static WireResponse withObjectHeaders(WireResponse r, Exchange ex, StoredObject o,
      boolean whole) {
    Map<String, String> headers = new LinkedHashMap<>(r.headers());
    headers.put("ETag", o.etag());
    headers.put("Last-Modified", HttpDates.http(o.lastModified()));
    headers.put("Accept-Ranges", "bytes");
    headers.put("x-amz-server-side-encryption", "AES256");
    headers.putAll(o.metadata());
    // The SDK validates any checksum it is sent, so send them only when asked, as S3 does.
    if (whole && "ENABLED".equalsIgnoreCase(ex.header("x-amz-checksum-mode"))
        && !o.checksums().isEmpty()) {
      o.checksums().forEach((alg, value) -> headers.put(Checksums.HEADER_PREFIX + alg, value));
      headers.put("x-amz-checksum-type", "FULL_OBJECT");
    }
    return new WireResponse(r.status(), headers, r.body(), null, null, false);
  }

  static Map<String, String> userMetadata(Exchange ex) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> h : ex.headers().entrySet()) {
      if (h.getKey().startsWith("x-amz-meta-") && !h.getValue().isEmpty()) {
        out.put(h.getKey(), String.join(",", h.getValue()));
      }
    }
    return out;
  }
}
