package dev.lapse.internal.aws;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What goes back on the wire for one request, before the dispatcher adds the headers every
 * response carries (Date, request ids).
 *
 * @param errorCode    the AWS error code this response carries, or null (for the journal)
 * @param errorMessage the AWS error message, or null
 * @param dropConnection true to reset the connection instead of answering (a "down" fault)
 */
public record WireResponse(int status, Map<String, String> headers, byte[] body,
    String errorCode, String errorMessage, boolean dropConnection) {

  public static WireResponse of(int status, String contentType, String body) {
    return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static WireResponse of(int status, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return new WireResponse(status, headers, body, null, null, false);
  }

  public static WireResponse error(int status, String contentType, String body, AwsError e) {
    WireResponse r = of(status, contentType, body);
    r.headers.putAll(e.headers());
    return new WireResponse(status, r.headers, r.body, e.code(), e.getMessage(), false);
  }

  public static WireResponse connectionReset() {
    return new WireResponse(0, new LinkedHashMap<>(), new byte[0], null, "connection reset", true);
  }

  public WireResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new WireResponse(status, h, body, errorCode, errorMessage, dropConnection);
  }
}
