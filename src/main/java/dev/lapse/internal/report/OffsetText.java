package dev.lapse.internal.report;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the offsets {@link dev.lapse.vocabulary.Durations#offset} writes
 * ({@code +3h00m00.004s}, {@code +1d02h00m00s}), which is how a violation says when it
 * happened. {@code Durations.parse} refuses the zero-padded form, hence this reader.
 */
final class OffsetText {
  private static final Pattern OFFSET = Pattern.compile(
      "([+-])(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)(?:\\.(\\d{1,9}))?s)?");

  private OffsetText() {}

  static Optional<Duration> parse(String text) {
    Matcher m = OFFSET.matcher(text == null ? "" : text.strip());
    if (!m.matches() || text.strip().length() < 2) {
      return Optional.empty();
    }
    Duration d = Duration.ofDays(number(m.group(2))).plusHours(number(m.group(3)))
        .plusMinutes(number(m.group(4))).plusSeconds(number(m.group(5)));
    if (m.group(6) != null) {
      d = d.plusNanos(Long.parseLong((m.group(6) + "00000000").substring(0, 9)));
    }
    return Optional.of(m.group(1).equals("-") ? d.negated() : d);
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
