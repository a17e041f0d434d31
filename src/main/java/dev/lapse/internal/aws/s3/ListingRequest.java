package dev.lapse.internal.aws.s3;

import java.util.Map;

/**
 * The parameters of a ListObjectsV2 request, or of a ListObjects (v1) one, whose marker plays
 * the part of start-after.
 *
 * @param prefix            only keys that start with it ("" for all)
 * @param delimiter         roll keys up at its first occurrence after the prefix, or null
 * @param maxKeys           0..1000
 * @param continuationToken as sent, or null
 * @param startAfter        as sent, or null (ignored once a continuation token is given)
 * @param urlEncoded        {@code encoding-type=url}: keys go back URL-encoded (the Java SDK
 *                          always asks, and decodes them)
 * @param version1          ListObjects v1: a marker that is a common prefix skips the keys
 *                          under it (the NextMarker of a rolled-up page is such a prefix)
 */
record ListingRequest(String prefix, String delimiter, int maxKeys, String continuationToken,
    String startAfter, boolean urlEncoded, boolean version1) {

  /** A ListObjects (v1) request: {@code marker} instead of tokens. */
  static ListingRequest version1(Map<String, String> query) {
    ListingRequest r = of(query);
    return new ListingRequest(r.prefix, r.delimiter, r.maxKeys, null, query.get("marker"),
        r.urlEncoded, true);
  }

  static ListingRequest of(Map<String, String> query) {
    String encoding = query.get("encoding-type");
    if (encoding != null && !encoding.equals("url")) {
      throw S3Errors.invalidArgument("Invalid Encoding Method specified in Request",
          "encoding-type", encoding);
    }
    String delimiter = query.get("delimiter");
    return new ListingRequest(query.getOrDefault("prefix", ""),
        delimiter == null || delimiter.isEmpty() ? null : delimiter,
        maxKeys(query.get("max-keys")), query.get("continuation-token"),
        query.get("start-after"), encoding != null, false);
  }

  private static int maxKeys(String sent) {
    if (sent == null) {
      return ListObjectsV2.MAX_KEYS;
    }
    try {
      int n = Integer.parseInt(sent.strip());
      if (n >= 0) {
        return Math.min(n, ListObjectsV2.MAX_KEYS);
      }
    } catch (NumberFormatException e) {
      // worded below
    }
    throw S3Errors.invalidArgument("Provided max-keys not an integer or within integer range",
        "max-keys", sent);
  }

  /** Where this page starts: after the continuation token's marker, or after start-after. */
  ListingToken resumeAfter() {
    if (continuationToken != null) {
      return ListingToken.decode(continuationToken);
    }
    if (startAfter == null || startAfter.isEmpty()) {
      return null;
    }
    return new ListingToken(startAfter, version1 && startAfter.equals(commonPrefixOf(startAfter)));
  }

  /** The common prefix a key rolls up into, or null when it is listed itself. */
  String commonPrefixOf(String key) {
    if (delimiter == null) {
      return null;
    }
    int at = key.indexOf(delimiter, prefix.length());
    return at < 0 ? null : key.substring(0, at + delimiter.length());
  }
}
