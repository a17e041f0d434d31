package dev.lapse.internal.aws.world;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.eclipse.jetty.util.URIUtil;

/**
 * Request targets whose {@code ..} segments climb above the path's root, such as
 * {@code /photos/../../up.jpg}: the SDKs send an S3 key's dots as they are and S3 never
 * normalises a key, but Jetty's {@code HttpURI} parser throws "Bad URI" for them while reading
 * the request line (no {@code UriCompliance} setting reaches that), so they never got past it.
 *
 * <p>An HTTP/1.1 connection here ({@link LapseChannels}) hands Jetty a stand-in target
 * instead: the root path with the same query, which every Jetty rule accepts and which maps to
 * the stub servlet, never to the admin context. The target as sent is kept in a request attribute (which no client can set)
 * and put back as the request URI before WireMock reads it, so the dispatcher sees the bytes
 * that were signed. Everything else, {@code %2F}, {@code %2e%2e}, {@code ;} and keys whose
 * dots stay under the root, takes Jetty's ordinary path unchanged, and the services treat the
 * raw path as S3 does (keys are the percent-decoded path, nothing normalised).
 */
final class ClimbingTargets {
  /** The target as the client sent it, on requests that got a stand-in. */
  static final String ORIGINAL_PATH = "dev.lapse.climbingTargets.originalPath";

  private ClimbingTargets() {}

  /**
   * The stand-in for {@code target}, or null when Jetty takes it as it is. Only an
   * origin-form target whose path decodes (so a bad escape is still Jetty's 400) and then
   * climbs above the root gets one.
   */
  static String standIn(String target) {
    if (!target.startsWith("/") || !target.contains("..")
        && !target.toLowerCase(Locale.ROOT).contains("%2e")) {
      return null;
    }
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    String decoded;
    try {
      decoded = URIUtil.decodePath(path);
    } catch (RuntimeException badEscape) {
      return null;
    }
    if (URIUtil.canonicalPath(decoded) != null) {
      return null;
    }
    return query < 0 ? "/" : "/" + target.substring(query);
  }

  /** The path the client sent, for a request that got a stand-in; null otherwise. */
  static String originalPath(HttpServletRequest request) {
    return request.getAttribute(ORIGINAL_PATH) instanceof String path ? path : null;
  }
}
