package dev.lapse.vocabulary;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations of scenario files: compact ({@code 90s}, {@code 1h30m}, {@code 500ms}) or
 * ISO-8601 ({@code PT15M}), optionally signed for skews. {@link #format} writes the compact
 * form back so that {@code parse(format(d)).equals(d)} for every duration.
 */
public final class Durations {
  /** What {@link #parse} accepts, worded for error messages. */
  public static final String ACCEPTED_FORMS =
      "a number with a unit such as 500ms, 90s, 15m, 1h30m, 1h30m15s or 2d"
          + " (units d, h, m, s, ms, us, ns, largest first), optionally signed (+10m, -10m),"
          + " or ISO-8601 such as PT15M or P1D";

  // "ms" before "m" so that 500ms is not read as 500 minutes and a stray "s".
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|us|ns|d|h|m|s)");
  private static final List<String> UNITS = List.of("d", "h", "m", "s", "ms", "us", "ns");
  private static final List<ChronoUnit> CHRONO_UNITS =
      List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS,
          ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS);

  private Durations() {}

  /** @throws IllegalArgumentException naming the text and the accepted forms */
  public static Duration parse(String text) {
    if (text == null) {
      throw bad("nothing");
    }
    String body = text.strip();
    boolean negative = body.startsWith("-");
    if (negative || body.startsWith("+")) {
      body = body.substring(1);
    }
    if (body.isEmpty()) {
      throw bad("'" + text + "'");
    }
    try {
      char first = body.charAt(0);
      Duration d = first == 'P' || first == 'p' ? Duration.parse(body) : compact(body);
      return negative ? d.negated() : d;
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw bad("'" + text + "'");
    }
  }

  private static Duration compact(String body) {
    Matcher m = PART.matcher(body);
    Duration total = Duration.ZERO;
    int position = 0;
    int previousUnit = -1;
    while (position < body.length()) {
      m.region(position, body.length());
      if (!m.lookingAt()) {
        throw new NumberFormatException(body);
      }
      int unit = UNITS.indexOf(m.group(2));
      if (unit <= previousUnit) { // 30m1h or 1h1h: almost surely a typo, so refuse it
        throw new NumberFormatException(body);
      }
      previousUnit = unit;
      total = total.plus(Duration.of(Long.parseLong(m.group(1)), CHRONO_UNITS.get(unit)));
      position = m.end();
    }
    return total;
  }

  private static IllegalArgumentException bad(String found) {
    return new IllegalArgumentException("bad duration " + found + "; expected " + ACCEPTED_FORMS);
  }

  /** Compact form: {@code 1h30m}, {@code 1m30s}, {@code 500ms}, {@code -10m}, {@code 0s}. */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    long seconds = d.getSeconds();
    int nanos = d.getNano();
    long[] amounts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60,
        seconds % 60, nanos / 1_000_000, nanos / 1_000 % 1_000, nanos % 1_000};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != 0) {
        out.append(amounts[i]).append(UNITS.get(i));
      }
    }
    return out.toString();
  }

  /**
   * Fixed-width style for a time since scenario start, so that columns of a timeline line up:
   * {@code +0s}, {@code +59.5s}, {@code +1m05s}, {@code +3h00m00.004s}, {@code +1d02h00m00s}.
   * The fraction of a second appears only when nonzero, without trailing zeros.
   */
  public static String offset(Duration d) {
    String sign = d.isNegative() ? "-" : "+";
    Duration a = d.abs();
    long s = a.getSeconds();
    long days = s / 86_400;
    long hours = s % 86_400 / 3_600;
    long minutes = s % 3_600 / 60;
    String secs = (s % 60) + fraction(a.getNano()) + "s";
    if (days > 0) {
      return String.format(Locale.ROOT, "%s%dd%02dh%02dm%s", sign, days, hours, minutes, pad(secs));
    }
    if (hours > 0) {
      return String.format(Locale.ROOT, "%s%dh%02dm%s", sign, hours, minutes, pad(secs));
    }
    if (minutes > 0) {
      return String.format(Locale.ROOT, "%s%dm%s", sign, minutes, pad(secs));
    }
    return sign + secs;
  }

  private static String pad(String seconds) {
    return Character.isDigit(seconds.charAt(1)) ? seconds : "0" + seconds;
  }

  private static String fraction(int nanos) {
    if (nanos == 0) {
      return "";
    }
    String digits = String.format(Locale.ROOT, "%09d", nanos).replaceFirst("0+$", "");
    return "." + digits;
  }
}
