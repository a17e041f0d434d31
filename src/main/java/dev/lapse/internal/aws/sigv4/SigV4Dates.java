package dev.lapse.internal.aws.sigv4;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The request time a SigV4 request claims. Only ever parses what the client sent; the verifier
 * never asks what time it is (the caller compares with its own, virtual, clock).
 */
public final class SigV4Dates {

  /** ISO 8601 basic format, as in {@code X-Amz-Date: 20260101T000000Z}. */
  public static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);

  private SigV4Dates() {}

  /**
   * When the request says it was signed: {@code X-Amz-Date}, or the RFC 1123 {@code Date}
   * header when there is no X-Amz-Date.
   *
   * @throws SigV4Exception MISSING when neither header is present, MALFORMED when unparseable
   */
  public static Instant requestTime(SignedRequestView request) {
    String amzDate = request.header("x-amz-date");
    if (amzDate != null) {
      return parseAmzDate(amzDate);
    }
    String date = request.header("date");
    if (date == null) {
      throw new SigV4Exception(
          Reason.MISSING,
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
          "AWS authentication requires a valid Date or x-amz-date header");
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(date.strip(), Instant::from);
    } catch (DateTimeParseException e) {
      throw new SigV4Exception(
          Reason.MALFORMED,
          "Date must be in RFC 1123 format. Got '" + date + "'.",
          "AWS authentication requires a valid Date or x-amz-date header");
    }
  }

  /** Parses {@code yyyyMMdd'T'HHmmss'Z'}. */
  public static Instant parseAmzDate(String amzDate) {
    Instant fast = parseWellFormed(amzDate);
    if (fast != null) {
      return fast;
    }
    try {
      return AMZ_DATE.parse(amzDate.strip(), Instant::from);
    } catch (DateTimeParseException e) {
      throw new SigV4Exception(
          Reason.MALFORMED,
          "Date must be in ISO-8601 'basic format'. Got '" + amzDate
              + "'. See http://en.wikipedia.org/wiki/ISO_8601",
          "AWS authentication requires a valid Date or x-amz-date header");
    }
  }

  /**
   * The usual case without DateTimeFormatter (slow, and run twice per signed request): 16
   * characters, digits where digits go. Null when the shape or the values are off, so that the
   * formatter gives its strict verdict and its message.
   */
  private static Instant parseWellFormed(String s) {
    if (s.length() != 16 || s.charAt(8) != 'T' || s.charAt(15) != 'Z') {
      return null;
    }
    for (int i = 0; i < 15; i++) {
      if (i != 8 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return null;
      }
    }
    try {
      return LocalDateTime.of(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8),
          digits(s, 9, 11), digits(s, 11, 13), digits(s, 13, 15)).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /** The timestamp as it goes into a string to sign. */
  public static String formatAmzDate(Instant instant) {
    return AMZ_DATE.format(instant);
  }
}
