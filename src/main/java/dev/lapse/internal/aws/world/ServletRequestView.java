package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.RequestView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request read straight from the servlet API, for the requests the dispatcher answers
 * without WireMock ({@link BodyReadingFilter}): the path and query as sent, every header, and
 * the body as collected (never decompressed or decoded).
 *
 * @param bodySize the body's length, or for a body refused unread its declared length
 */
record ServletRequestView(String method, String url, Map<String, List<String>> headers,
    byte[] body, long bodySize) implements RequestView {

  static ServletRequestView of(HttpServletRequest http, byte[] body) {
    return new ServletRequestView(http.getMethod(), url(http), headersOf(http), body,
        body.length);
  }

  /** A request whose body was refused unread: {@code size} bytes, more than the limit. */
  static ServletRequestView oversized(HttpServletRequest http, long size) {
    return new ServletRequestView(http.getMethod(), url(http), headersOf(http), new byte[0],
        size);
  }

  @Override
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The path as sent (a climbing target's own, not its stand-in) and the raw query. */
  private static String url(HttpServletRequest http) {
    String climbing = ClimbingTargets.originalPath(http);
    String path = climbing != null ? climbing : http.getRequestURI();
    return http.getQueryString() == null ? path : path + "?" + http.getQueryString();
  }

  private static Map<String, List<String>> headersOf(HttpServletRequest http) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : Collections.list(http.getHeaderNames())) {
      out.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(Collections.list(http.getHeaders(name)));
    }
    // HTTP/2 carries the host as :authority, as WireMockRequestView knows too.
    out.computeIfAbsent("host", k -> List.of(http.getServerName() + ":" + http.getServerPort()));
    return out;
  }
}
