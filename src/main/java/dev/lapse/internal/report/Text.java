package dev.lapse.internal.report;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Escaping and small text helpers shared by the HTML, SVG, XML and console writers. */
final class Text {
  private Text() {}

  /**
   * Escapes for XML text and double-quoted attributes alike. Also drops the control characters
   * XML 1.0 forbids, so that a provider's odd error message cannot make the page unparseable.
   */
  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A name safe as a file name or an HTML id: letters, digits, '.', '_' and '-'. */
  static String slug(String s) {
    String safe = s.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }

  /** Cuts text to at most {@code max} characters, ending with an ellipsis when cut. */
  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
  }

  /** Time since the run started, in the fixed-width form the checks use; "never" for null. */
  static String offset(Instant start, Instant t) {
    return t == null ? "never" : Durations.offset(Duration.between(start, t));
  }

  /** A number with at most {@code decimals} decimals and no trailing zeros: SVG stays short. */
  static String num(double v) {
    long rounded = Math.round(v * 10);
    if (rounded % 10 == 0) {
      return Long.toString(rounded / 10);
    }
    return String.format(Locale.ROOT, "%.1f", rounded / 10.0);
  }
}
