package dev.lapse.internal.aws.sigv4;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilds the SigV4 canonical request from what was received, written from the AWS
 * specification rather than from any SDK, so that the verifier does not share a signer's bugs.
 */
final class CanonicalRequest {

  private CanonicalRequest() {}

  static String build(
      SignedRequestView request, SigV4Authorization auth, boolean s3, String payloadHash) {
    return request.method() + "\n"
        + canonicalUri(request.rawPath(), s3) + "\n"
        + canonicalQuery(request.rawQuery()) + "\n"
        + canonicalHeaders(request, auth.signedHeaders()) + "\n"
        + String.join(";", auth.signedHeaders()) + "\n"
        + payloadHash;
  }

  /**
   * S3 signs the path as sent: encoded once, never normalised (an object key may really contain
   * {@code ./} or {@code //}). Every other service signs the normalised path with each segment
   * encoded a second time, which for an already-encoded path turns {@code %} into {@code %25}.
   */
  static String canonicalUri(String rawPath, boolean s3) {
    String path = rawPath.isEmpty() ? "/" : rawPath;
    if (s3) {
      return path;
    }
    List<String> segments = normalisedSegments(path);
    boolean trailingSlash = path.endsWith("/") && !segments.isEmpty();
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      out.append('/').append(UriEncoding.encode(segment));
    }
    if (out.length() == 0 || trailingSlash) {
      out.append('/');
    }
    return out.toString();
  }

  /** RFC 3986 dot-segment removal; empty segments (from {@code //}) are dropped as redundant. */
  private static List<String> normalisedSegments(String path) {
    Deque<String> kept = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        kept.pollLast();
      } else {
        kept.addLast(segment);
      }
    }
    return new ArrayList<>(kept);
  }

  /**
   * Each parameter decoded and re-encoded the RFC 3986 way (so {@code %7e} and {@code ~}, or
   * {@code a b} sent by a lax client and {@code a%20b}, sign the same), then sorted by encoded name
   * and, for a repeated name, by encoded value. A parameter without {@code =} has an empty value.
   */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> params = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.add(new String[] {reencode(name), reencode(value)});
    }
    params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> joined = params.stream().map(p -> p[0] + "=" + p[1]).toList();
    return String.join("&", joined);
  }

  /**
   * {@code name:value\n} for each signed header, in the order the client listed them. A repeated
   * header's values are joined with commas; each value is trimmed and its inner runs of blanks
   * collapsed to one space. {@code host} is signed as received, port included.
   */
  static String canonicalHeaders(SignedRequestView request, List<String> signedHeaders) {
    StringBuilder out = new StringBuilder();
    for (String name : signedHeaders) {
      List<String> values = request.headerValues(name).stream()
          .map(CanonicalRequest::collapseBlanks)
          .toList();
      out.append(name.toLowerCase(Locale.ROOT)).append(':')
          .append(String.join(",", values)).append('\n');
    }
    return out.toString();
  }

  /** Trims and collapses each run of blanks (regex {@code \\s+}) to one space, without regex. */
  static String collapseBlanks(String value) {
    String v = value.strip();
    boolean clean = true;
    for (int i = 0; i < v.length() && clean; i++) {
      char c = v.charAt(i);
      clean = !isBlank(c) || (c == ' ' && !isBlank(v.charAt(i + 1)));
    }
    if (clean) {
      return v; // the usual case: nothing to collapse, nothing to copy
    }
    StringBuilder out = new StringBuilder(v.length());
    boolean inRun = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (isBlank(c)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** The characters of regex {@code \\s}. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String reencode(String component) {
    return UriEncoding.encode(UriEncoding.percentDecode(component));
  }
}
