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

  /**
   * This response with {@code Content-Length} stated whenever it may carry a body, as every AWS
   * service does: left to itself Jetty streams a body of unstated length chunked, and then JS
   * SDK v3's and boto3's {@code ContentLength} are missing on GetObject. HEAD answers state the
   * length of what a GET would send, so only the service knows it; 1xx, 204 and 304 carry none.
   */
  public WireResponse withStatedLength(String method) {
    boolean mayCarryBody = status >= 200 && status != 204 && status != 304;
    if (dropConnection || !mayCarryBody || "HEAD".equals(method)
        || headers.keySet().stream().anyMatch("Content-Length"::equalsIgnoreCase)) {
      return this;
    }
    return withHeader("Content-Length", String.valueOf(body.length));
  }

  public WireResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new WireResponse(status, h, body, errorCode, errorMessage, dropConnection);
  }
}
