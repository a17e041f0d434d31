package dev.lapse.scenario;

import static dev.lapse.scenario.YamlValues.isNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code steps:} list. A step is either a bare keyword ({@code - launch}) or a map
 * with one keyword key and, for calls, option keys beside it ({@code client}, {@code size}).
 */
final class StepReader {
  /** Every step keyword, in the order error messages list them. */
  static final List<String> KEYWORDS = List.of("launch", "terminate", "background",
      "foreground", "wait", "get", "put", "head", "delete", "list", "caller-identity",
      "parallel", "skew", "latency", "fault", "wipe-keychain", "repeat");

  private static final Map<String, String> EXAMPLES = Map.of(
      "wait", "wait: 3h", "skew", "skew: -10m", "latency", "latency: 2s",
      "get", "get: photos/cat.jpg", "put", "put: photos/cat.jpg", "head", "head: photos/cat.jpg",
      "delete", "delete: photos/cat.jpg", "list", "list: photos",
      "parallel", "parallel: {count: 16, get: photos/cat.jpg}",
      "fault", "fault: {target: developer-backend, kind: down, for: 10m}");
  private static final String REPEAT_EXAMPLE = "repeat: {times: 3, steps: [wait: 20m]}";
  private static final String FAULT_EXAMPLE = EXAMPLES.get("fault");

  // Aliases can make a file expand exponentially or refer to themselves; stop before memory
  // or the stack runs out. Honest files come nowhere near either limit.
  private static final int MOST_STEPS = 100_000;
  private static final int DEEPEST_NESTING = 32;

  private final CallReader calls;
  private int stepsRead;
  private int depth;

  StepReader(References refs) {
    this.calls = new CallReader(refs);
  }

  /** A non-empty list of steps. */
  List<Step> steps(Node node, String what) {
    List<Node> items = YamlValues.list(node, what);
    if (items.isEmpty()) {
      throw new YamlProblem(node, what + " is empty; expected at least one step, e.g. '- launch'");
    }
    if (++depth > DEEPEST_NESTING) {
      throw new YamlProblem(node, "steps nested more than " + DEEPEST_NESTING
          + " deep; expected fewer (does an alias refer to itself?)");
    }
    List<Step> steps = new ArrayList<>();
    for (Node item : items) {
      steps.add(step(item));
    }
    depth--;
    return steps;
  }

  private Step step(Node node) {
    if (++stepsRead > MOST_STEPS) {
      throw new YamlProblem(node, "more than " + MOST_STEPS + " steps; expected a smaller file");
    }
    if (node instanceof ScalarNode scalar && !isNull(node)) {
      return bare(scalar);
    }
    if (node instanceof MappingNode) {
      return keyed(YamlMap.of(node, "a step"));
    }
    throw new YamlProblem(node, "expected a step such as 'launch' or 'wait: 3h', found "
        + YamlValues.kind(node));
  }

  private Step bare(ScalarNode node) {
    String name = node.getValue();
    Step step = noArgument(name);
    if (step != null) {
      return step;
    }
    if (name.equals("caller-identity")) {
      return new Step.CallerIdentity(DeviceSpec.DEFAULT_CLIENT);
    }
    if (KEYWORDS.contains(name)) {
      throw new YamlProblem(node, "'" + name + "' needs a value, e.g. '"
          + EXAMPLES.getOrDefault(name, REPEAT_EXAMPLE) + "'");
    }
    throw new YamlProblem(node, "unknown step " + Messages.quote(name) + "; expected one of: "
        + Messages.list(KEYWORDS));
  }

  private static Step noArgument(String name) {
    return switch (name) {
      case "launch" -> new Step.Launch();
      case "terminate" -> new Step.Terminate();
      case "background" -> new Step.Background();
      case "foreground" -> new Step.Foreground();
      case "wipe-keychain" -> new Step.WipeKeychain();
      default -> null;
    };
  }

  private Step keyed(YamlMap map) {
    YamlMap.Entry kind = kindOf(map, KEYWORDS, "step");
    String name = kind.name();
    if (CallReader.KEYWORDS.contains(name)) {
      return calls.call(kind, map.without(name));
    }
    map.without(name).allowOnly(List.of(), "'" + name + "'");
    Node value = kind.value();
    Step bare = noArgument(name);
    if (bare != null) {
      if (!isNull(value)) {
        throw new YamlProblem(value, "'" + name + "' takes no value, found "
            + YamlValues.kind(value));
      }
      return bare;
    }
    return switch (name) {
      case "wait" -> YamlProblem.at(value, () -> new Step.Wait(YamlValues.duration(value, name)));
      case "skew" -> new Step.Skew(YamlValues.duration(value, name));
      case "latency" ->
          YamlProblem.at(value, () -> new Step.Latency(YamlValues.duration(value, name)));
      case "fault" -> fault(value);
      case "parallel" -> parallel(value);
      default -> repeat(value);
    };
  }

  private Step fault(Node value) {
    YamlMap map = YamlMap.of(value, "a fault").allowOnly(List.of("target", "kind", "for"),
        "a fault");
    Node target = map.require("target", "fault needs 'target', e.g. '" + FAULT_EXAMPLE + "'");
    Node kind = map.require("kind", "fault needs 'kind', e.g. '" + FAULT_EXAMPLE + "'");
    Node duration = map.require("for", "fault needs 'for', e.g. '" + FAULT_EXAMPLE + "'");
    FaultTarget t = choice(target, "fault target", YamlNamed.names(FaultTarget.class),
        FaultTarget.fromYaml(YamlValues.text(target, "a fault target")).orElse(null));
    FaultKind k = choice(kind, "fault kind", YamlNamed.names(FaultKind.class),
        FaultKind.fromYaml(YamlValues.text(kind, "a fault kind")).orElse(null));
    return YamlProblem.at(duration,
        () -> new Step.Fault(t, k, YamlValues.duration(duration, "fault 'for'")));
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
        throw new YamlProblem(entry.key(), (KEYWORDS.contains(name)
            ? "parallel cannot run '" + name + "'" : "unknown " + what + " " + Messages.quote(name))
            + "; expected one of: " + Messages.list(kinds));
      }
      if (kind != null) {
        throw new YamlProblem(entry.key(), "found both '" + kind.name() + "' and '" + name
            + "' in one " + what + "; expected one " + what + " per list item");
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

  static <T> T choice(Node node, String what, List<String> names, T found) {
    if (found == null) {
      throw new YamlProblem(node, "unknown " + what + " " + YamlValues.kind(node)
          + "; expected one of: " + Messages.list(names));
    }
    return found;
  }

  private Step parallel(Node value) {
    YamlMap map = YamlMap.of(value, "parallel");
    Node count = map.require("count", "parallel needs 'count', e.g. '"
        + EXAMPLES.get("parallel") + "'");
    int times = YamlValues.count(count, "parallel count");
    YamlMap call = map.without("count");
    if (call.isEmpty()) {
      throw new YamlProblem(map.node(), "parallel needs a call; expected one of: "
          + Messages.list(CallReader.KEYWORDS));
    }
    YamlMap.Entry kind = kindOf(call, CallReader.KEYWORDS, "call");
    return new Step.Parallel(times, calls.call(kind, call.without(kind.name())));
  }

  private Step repeat(Node value) {
    YamlMap map = YamlMap.of(value, "repeat").allowOnly(List.of("times", "steps"), "repeat");
    Node times = map.require("times", "repeat needs 'times', e.g. '" + REPEAT_EXAMPLE + "'");
    int count = YamlValues.count(times, "repeat times");
    Node steps = map.require("steps", "repeat needs 'steps', e.g. '" + REPEAT_EXAMPLE + "'");
    return new Step.Repeat(count, steps(steps, "repeat steps"));
  }
}
