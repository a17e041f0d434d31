package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.HttpDates;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PutObject, GetObject, HeadObject and DeleteObject on the in-memory store. */
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
    StoredObject object = new StoredObject(upload.bytes(), etag, ex.judgedAt(),
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
    ByteRange range = ByteRange.of(ex.header("Range"), object.size());
    if (range == null) {
      return withObjectHeaders(WireResponse.of(200, object.contentType(), object.bytes()), ex,
          object, true);
    }
    byte[] part = Arrays.copyOfRange(object.bytes(), (int) range.first(),
        (int) range.last() + 1);
    // S3 sends no whole-object checksum with a part of the object.
    return withObjectHeaders(WireResponse.of(206, object.contentType(), part), ex, object, false)
        .withHeader("Content-Range", range.contentRange());
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
    StoredObject object = store.get(at.bucket(), at.key());
    if (object == null) {
      throw S3Errors.noSuchKey(at.key());
    }
    return object;
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

  private static Map<String, String> userMetadata(Exchange ex) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> h : ex.headers().entrySet()) {
      if (h.getKey().startsWith("x-amz-meta-") && !h.getValue().isEmpty()) {
        out.put(h.getKey(), String.join(",", h.getValue()));
      }
    }
    return out;
  }
}
