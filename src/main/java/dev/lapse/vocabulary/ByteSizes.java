package dev.lapse.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sizes of scenario files: a whole number of bytes ({@code 4096}) or one with a unit
 * ({@code 512KiB}, {@code 8MiB}, {@code 1GiB}). Units are binary, as S3 counts its limits (its
 * "5 MB" minimum part is 5 MiB, 5,242,880 bytes): {@code KB}, {@code MB} and {@code GB} are
 * read as {@code KiB}, {@code MiB} and {@code GiB}. {@link #format} writes the largest unit
 * that divides the size exactly, so {@code parse(format(n)) == n}.
 */
public final class ByteSizes {
  /** What {@link #parse} accepts, worded for error messages. */
  public static final String ACCEPTED_FORMS = "a whole number of bytes such as 4096, or one "
      + "with a binary unit such as 512KiB, 8MiB or 1GiB (KB, MB, GB mean the same, as in S3)";

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]i?B|B)?",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> UNITS = List.of("GiB", "MiB", "KiB");

  private ByteSizes() {}

  /** @throws IllegalArgumentException naming the text and the accepted forms */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw bad(text);
    }
    try {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
      int shift = switch (unit.charAt(0)) {
        case 'K' -> 10;
        case 'M' -> 20;
        case 'G' -> 30;
        default -> 0;
      };
      if (n > (Long.MAX_VALUE >> shift)) {
        throw bad(text);
      }
      return n << shift;
    } catch (NumberFormatException e) {
      throw bad(text);
    }
  }

  /** The shortest exact spelling: {@code 64MiB}, {@code 1536KiB}, {@code 1000}. */
  public static String format(long bytes) {
    for (int i = 0; i < UNITS.size(); i++) {
      int shift = 30 - 10 * i;
      if (bytes > 0 && bytes % (1L << shift) == 0) {
        return (bytes >> shift) + UNITS.get(i);
      }
    }
    return String.valueOf(bytes);
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException("expected a size, found '" + text + "'; expected "
        + ACCEPTED_FORMS);
  }
}
