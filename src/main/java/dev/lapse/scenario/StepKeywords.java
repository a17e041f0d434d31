package dev.lapse.scenario;

import java.util.List;
import java.util.Map;

/** The words that start a step, with an example of each for "needs a value" messages. */
final class StepKeywords {
  /** Every step keyword, in the order error messages list them. */
  static final List<String> ALL = List.of("launch", "terminate", "background",
      "foreground", "wait", "get", "put", "head", "delete", "list", "caller-identity",
      "parallel", "skew", "latency", "fault", "wipe-keychain", "repeat");

  private static final Map<String, String> EXAMPLES = Map.ofEntries(
      Map.entry("wait", "wait: 3h"),
      Map.entry("skew", "skew: -10m"),
      Map.entry("latency", "latency: 2s"),
      Map.entry("get", "get: photos/cat.jpg"),
      Map.entry("put", "put: photos/cat.jpg"),
      Map.entry("head", "head: photos/cat.jpg"),
      Map.entry("delete", "delete: photos/cat.jpg"),
      Map.entry("list", "list: photos"),
      Map.entry("parallel", "parallel: {count: 16, get: photos/cat.jpg}"),
      Map.entry("fault", "fault: {target: developer-backend, kind: down, for: 10m}"),
      Map.entry("repeat", "repeat: {times: 3, steps: [wait: 20m]}"));

  private StepKeywords() {}

  /** A one-line example of the keyword with its value, e.g. {@code wait: 3h}. */
  static String example(String keyword) {
    return EXAMPLES.get(keyword);
  }

  /**
   * The one key of a step map that names its kind. Option keys (client, size) are skipped
   * here and checked by the call that owns them.
   */
  static YamlMap.Entry kindOf(YamlMap map, List<String> kinds, String what) {
    YamlMap.Entry kind = null;
    for (YamlMap.Entry entry : map.entries()) {
      String name = entry.name();
      if (CallReader.OPTIONS.contains(name)) {
        continue;
      }
      if (!kinds.contains(name)) {
        String found = ALL.contains(name) ? "parallel cannot run '" + name + "'"
            : "unknown " + what + " " + Messages.quote(name);
        throw new YamlProblem(entry.key(), found + "; expected one of: " + Messages.list(kinds));
      }
      if (kind != null) {
        String both = "found both '" + kind.name() + "' and '" + name + "'";
        throw new YamlProblem(entry.key(), what.equals("step")
            ? both + " in one step; expected one step per list item"
            : "parallel runs one call, " + both + "; expected one of them");
      }
      kind = entry;
    }
    if (kind == null) {
      throw new YamlProblem(map.node(), "expected a " + what + ", one of: "
          + Messages.list(kinds) + "; found only options "
          + Messages.list(map.entries().stream().map(YamlMap.Entry::name).toList()));
    }
    return kind;
  }
}
