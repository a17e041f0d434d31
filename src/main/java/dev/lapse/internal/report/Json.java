package dev.lapse.internal.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A tiny deterministic JSON writer for trees of {@link Map} (written in iteration order, so
 * use {@link java.util.LinkedHashMap}), {@link List}, strings, numbers, booleans and null.
 *
 * <p>Layout is chosen for diffs between runs: the top object and the containers directly in
 * it are spread one member per line; anything deeper (a journal entry, a step) is written on
 * one line, so one changed request is one changed line.
 */
final class Json {
  private static final int SPREAD_DEPTH = 2;

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(out, value, 0);
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, Object v, int depth) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Map<?, ?> m) {
      object(out, m, depth);
    } else if (v instanceof List<?> l) {
      array(out, l, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> m, int depth) {
    if (m.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      before(out, depth);
      string(out, (String) e.getKey());
      out.append(": ");
      value(out, e.getValue(), depth + 1);
      after(out, depth, it.hasNext());
    }
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> l, int depth) {
    if (l.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < l.size(); i++) {
      before(out, depth);
      value(out, l.get(i), depth + 1);
      after(out, depth, i < l.size() - 1);
    }
    out.append(']');
  }

  /** Before a member of the container at {@code depth}: a new indented line when spread. */
  private static void before(StringBuilder out, int depth) {
    if (depth < SPREAD_DEPTH) {
      out.append('\n').append("  ".repeat(depth + 1));
    }
  }

  /** After a member: a comma if more follow, and the closer's line when spread. */
  private static void after(StringBuilder out, int depth, boolean more) {
    if (more) {
      out.append(depth < SPREAD_DEPTH ? "," : ", ");
    } else if (depth < SPREAD_DEPTH) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
