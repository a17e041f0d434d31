package dev.lapse.scenario;

import static dev.lapse.scenario.YamlValues.isNull;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code steps:} list. A step is either a bare keyword ({@code - launch}) or a map
 * with one keyword key and, for calls, option keys beside it ({@code client}, {@code size}).
 */
final class StepReader {
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
    if (StepKeywords.ALL.contains(name)) {
      throw new YamlProblem(node, "'" + name + "' needs a value, e.g. '"
          + StepKeywords.example(name) + "'");
    }
    throw new YamlProblem(node, "unknown step " + Messages.quote(name) + "; expected one of: "
        + Messages.list(StepKeywords.ALL));
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
    YamlMap.Entry kind = StepKeywords.kindOf(map, StepKeywords.ALL, "step");
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
    String example = ", e.g. '" + StepKeywords.example("fault") + "'";
    YamlMap map = YamlMap.of(value, "a fault").allowOnly(List.of("target", "kind", "for"),
        "a fault");
    Node target = map.require("target", "fault needs 'target'" + example);
    Node kind = map.require("kind", "fault needs 'kind'" + example);
    Node duration = map.require("for", "fault needs 'for'" + example);
    FaultTarget t = YamlValues.choice(target, "fault target", YamlNamed.names(FaultTarget.class),
        FaultTarget.fromYaml(YamlValues.text(target, "a fault target")).orElse(null));
    FaultKind k = YamlValues.choice(kind, "fault kind", YamlNamed.names(FaultKind.class),
        FaultKind.fromYaml(YamlValues.text(kind, "a fault kind")).orElse(null));
    return YamlProblem.at(duration,
        () -> new Step.Fault(t, k, YamlValues.duration(duration, "fault 'for'")));
  }

  private Step parallel(Node value) {
    YamlMap map = YamlMap.of(value, "parallel");
    Node count = map.require("count", "parallel needs 'count', e.g. '"
        + StepKeywords.example("parallel") + "'");
    int times = YamlProblem.at(count,
        () -> ScenarioLimits.parallel(YamlValues.count(count, "parallel count")));
    YamlMap call = map.without("count");
    if (call.isEmpty()) {
      throw new YamlProblem(map.node(), "parallel needs a call; expected one of: "
          + Messages.list(CallReader.KEYWORDS));
    }
    YamlMap.Entry kind = StepKeywords.kindOf(call, CallReader.KEYWORDS, "call");
    return new Step.Parallel(times, calls.call(kind, call.without(kind.name())));
  }

  private Step repeat(Node value) {
    YamlMap map = YamlMap.of(value, "repeat").allowOnly(List.of("times", "steps"), "repeat");
    String example = ", e.g. '" + StepKeywords.example("repeat") + "'";
    Node times = map.require("times", "repeat needs 'times'" + example);
    int count = YamlValues.count(times, "repeat times");
    Node steps = map.require("steps", "repeat needs 'steps'" + example);
    List<Step> body = steps(steps, "repeat steps");
    return YamlProblem.at(times, () -> new Step.Repeat(count, body));
  }
}
