package dev.lapse.internal.aws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The timestamp encodings AWS puts on the wire. */
public final class HttpDates {
  // RFC 7231 IMF-fixdate: the day is always two digits (RFC_1123_DATE_TIME would drop the 0).
  private static final DateTimeFormatter HTTP =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {}

  /** One formatted second, remembered: every response carries a Date of the same second. */
  private record FormattedSecond(long epochSecond, String text) {}

  private static volatile FormattedSecond lastHttp = new FormattedSecond(Long.MIN_VALUE, "");

  /** {@code Thu, 01 Jan 2026 00:00:00 GMT}, for the Date and Last-Modified headers. */
  public static String http(Instant t) {
    FormattedSecond last = lastHttp;
    if (last.epochSecond() == t.getEpochSecond()) {
      return last.text();
    }
    String text = HTTP.format(t);
    lastHttp = new FormattedSecond(t.getEpochSecond(), text);
    return text;
  }

  /** ISO-8601 with a Z and whole seconds, as STS and S3 write timestamps in XML. */
  public static String iso(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** ISO-8601 with milliseconds, as S3 writes LastModified in listings. */
  public static String isoMillis(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS)).replaceFirst(
        "(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
  }
}
