package dev.lapse.clock;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * The span virtual time may take: years 0001 to 9999, the instants every wire format Lapse
 * speaks can write (an HTTP {@code Date}, an {@code X-Amz-Date}, ISO-8601 with four-digit
 * years). Outside it, arithmetic overflows and every later answer would fail; so an instant or
 * a sum beyond it is refused with a sentence instead.
 */
public final class TimeBounds {
  public static final Instant MIN = dev.lapse.vocabulary.VirtualTimeSpan.FIRST;
  public static final Instant MAX = dev.lapse.vocabulary.VirtualTimeSpan.LAST;

  private TimeBounds() {}

  /** {@code instant}, or a {@link VirtualTimeOutOfRange} saying it is out of range. */
  public static Instant check(Instant instant) {
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new VirtualTimeOutOfRange("instant " + instant + " is outside the years "
          + "0001..9999 that virtual time may take (" + MIN + " .. " + MAX + ")");
    }
    return instant;
  }

  /** {@code from + by}, refused when the sum leaves years 0001..9999 or overflows. */
  public static Instant plus(Instant from, Duration by) {
    Instant sum;
    try {
      sum = from.plus(by);
    } catch (DateTimeException | ArithmeticException e) {
      throw new VirtualTimeOutOfRange(describe(by) + " after " + from
          + " is beyond the year 9999 that virtual time may reach");
    }
    if (sum.isBefore(MIN) || sum.isAfter(MAX)) {
      throw new VirtualTimeOutOfRange(describe(by) + " after " + from
          + " is outside the years 0001..9999 that virtual time may take");
    }
    return sum;
  }

  private static String describe(Duration d) {
    return d.toString();
  }
}
