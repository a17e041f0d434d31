package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;
import java.util.Map;

/**
 * A single {@code Range: bytes=first-last} of GetObject, resolved against the object's size.
 * Like S3, a header that does not parse is ignored (the whole object is sent), and a range that
 * starts past the end is 416 InvalidRange.
 */
record ByteRange(long first, long last, long size) {

  /** The range asked for, or null for the whole object. */
  static ByteRange of(String header, long size) {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return null; // multiple ranges are not supported by S3 either
    }
    String spec = header.substring("bytes=".length()).strip();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String from = spec.substring(0, dash).strip();
      String to = spec.substring(dash + 1).strip();
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        if (suffix <= 0 || size == 0) {
          throw unsatisfiable(header, size);
        }
        return new ByteRange(Math.max(0, size - suffix), size - 1, size);
      }
      long first = Long.parseLong(from);
      long asked = to.isEmpty() ? Long.MAX_VALUE : Long.parseLong(to);
      if (asked < first) {
        return null; // bytes=5-2 is not a range at all
      }
      long last = Math.min(asked, size - 1);
      if (first >= size) {
        throw unsatisfiable(header, size);
      }
      return new ByteRange(first, last, size);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  int length() {
    return (int) (last - first + 1);
  }

  String contentRange() {
    return "bytes " + first + "-" + last + "/" + size;
  }

  private static AwsError unsatisfiable(String header, long size) {
    return new AwsError(416, "InvalidRange", "The requested range is not satisfiable",
        S3Errors.ordered("RangeRequested", header, "ActualObjectSize", String.valueOf(size)),
        Map.of("Content-Range", "bytes */" + size));
  }
}
