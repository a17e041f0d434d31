package dev.lapse.scenario;

import java.util.Collection;

/** Wording shared by every error message, so that they all read alike. */
final class Messages {
  private static final int LONGEST_QUOTE = 60;

  private Messages() {}

  /** {@code a, b, c}: the choices after "expected one of:". */
  static String list(Collection<String> names) {
    return String.join(", ", names);
  }

  /** A value as found in a file, quoted and cut short so one line stays one line. */
  static String quote(String value) {
    String oneLine = value.replace("\n", "\\n");
    return "'" + (oneLine.length() > LONGEST_QUOTE
        ? oneLine.substring(0, LONGEST_QUOTE) + "..." : oneLine) + "'";
  }
}
