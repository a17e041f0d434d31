package dev.lapse.scenario;

import static dev.lapse.scenario.ScenarioWriter.entry;
import static dev.lapse.scenario.ScenarioWriter.map;
import static dev.lapse.scenario.ScenarioWriter.number;
import static dev.lapse.scenario.ScenarioWriter.str;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Writes steps in the shortest form {@link StepReader} reads back to the same step. */
final class StepWriter {
  private final References refs;

  StepWriter(References refs) {
    this.refs = refs;
  }

  Node steps(List<Step> steps) {
    List<Node> items = new ArrayList<>();
    for (Step step : steps) {
      items.add(step(step));
    }
    return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
  }

  private Node step(Step step) {
    if (step instanceof Step.Launch || step instanceof Step.Terminate
        || step instanceof Step.Background || step instanceof Step.Foreground
        || step instanceof Step.WipeKeychain) {
      return str(step.describe()); // their description is their keyword
    }
    if (step instanceof Step.CallerIdentity call && isDefault(call.client())) {
      return str("caller-identity");
    }
    if (step instanceof Step.S3Call || step instanceof Step.CallerIdentity) {
      return map(FlowStyle.BLOCK, call(step));
    }
    if (step instanceof Step.Parallel parallel) {
      List<NodeTuple> entries = new ArrayList<>();
      entries.add(entry("count", number(parallel.count())));
      entries.addAll(call(parallel.call()));
      return keyed("parallel", map(FlowStyle.FLOW, entries));
    }
    if (step instanceof Step.Wait wait) {
      return keyed("wait", duration(wait.duration()));
    }
    if (step instanceof Step.Skew skew) {
      return keyed("skew", duration(skew.offset()));
    }
    if (step instanceof Step.Latency latency) {
      return keyed("latency", duration(latency.delay()));
    }
    if (step instanceof Step.Fault fault) {
      return keyed("fault", map(FlowStyle.FLOW, List.of(
          entry("target", str(fault.target().yamlName())),
          entry("kind", str(fault.kind().yamlName())),
          entry("for", duration(fault.duration())))));
    }
    Step.Repeat repeat = (Step.Repeat) step;
    return keyed("repeat", map(FlowStyle.BLOCK, List.of(
        entry("times", number(repeat.times())), entry("steps", steps(repeat.steps())))));
  }

  /**
   * A call as map entries: its keyword, then only the options that differ from what the
   * reader would choose by itself (so the file stays short and still means the same).
   */
  private List<NodeTuple> call(Step step) {
    List<NodeTuple> entries = new ArrayList<>();
    if (step instanceof Step.CallerIdentity call) {
      entries.add(entry("caller-identity", map(FlowStyle.FLOW, isDefault(call.client())
          ? List.of() : List.of(entry("client", str(call.client()))))));
      return entries;
    }
    Step.S3Call call = (Step.S3Call) step;
    entries.add(entry(call.op().yamlName(), str(call.target())));
    if (call.size() != Step.S3Call.DEFAULT_SIZE) {
      entries.add(entry("size", number(call.size())));
    }
    if (!call.client().equals(refs.clientFor(call.bucket()))) {
      entries.add(entry("client", str(call.client())));
    }
    return entries;
  }

  private static boolean isDefault(String client) {
    return DeviceSpec.DEFAULT_CLIENT.equals(client);
  }

  private static Node keyed(String keyword, Node value) {
    return map(FlowStyle.BLOCK, List.of(entry(keyword, value)));
  }

  private static Node duration(Duration duration) {
    return str(Durations.format(duration));
  }
}
